package org.lingong.core.orders;

/** Reason codes a worker gives when cancelling close to the start (S: cancellations are counted either way). */
enum CancelReason {
    ILLNESS, FAMILY_EMERGENCY, SEVERE_WEATHER, TRANSPORT_DISRUPTED, JOB_DIFFERS_FROM_POSTING, OTHER_AGREED_WITH_EMPLOYER
}
