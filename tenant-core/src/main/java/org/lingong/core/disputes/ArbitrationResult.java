package org.lingong.core.disputes;

/** How the arbitration commission closed the case: an award, a settlement before it, withdrawn, or not accepted. */
enum ArbitrationResult {
    AWARD, SETTLED, WITHDRAWN, DISMISSED
}
