package org.lingong.core.disputes;

/** How a case came: staff opened it (a visit, a call), from a complaint, or from a wage-arrears report on the order. */
enum DisputeSource {
    STAFF, COMPLAINT, ARREARS
}
