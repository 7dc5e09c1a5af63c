package org.lingong.core.complaints;

/** What went wrong, in the categories the bureau counts. */
enum ComplaintCategory {
    WAGE_ARREARS, FAKE_JOB, FEES_DEMANDED, DISCRIMINATION, ID_CARD_WITHHELD, UNSAFE_WORK, OTHER
}
