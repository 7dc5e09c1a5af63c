package org.lingong.core.disputes;

/** Where a case stands: mediation, ended in an agreement or failed; then arbitration until its result. */
enum DisputeStatus {
    MEDIATING, AGREED, MEDIATION_FAILED, IN_ARBITRATION, CLOSED
}
