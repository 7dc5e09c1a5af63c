package org.lingong.core.people;

/** Why a worker's profile is pending or rejected; the worker page and the console translate the code. */
enum VerificationReason {
    /** The authority was unavailable; a desk verifies, or saving the profile again asks it again. */
    CHECK_UNAVAILABLE,
    /** Another profile holds the number: the holder of the card proves it at a desk (only staff see this code). */
    NUMBER_CLAIMED,
    /** Staff verified the number for another profile, the person with the card; this one waits for a desk. */
    NUMBER_PROVEN_BY_ANOTHER,
    /** The authority's records do not pair the name with the number. */
    NAME_NUMBER_MISMATCH,
    /** Staff refused at the desk; their note says why. */
    REFUSED_AT_DESK
}
