package org.lingong.core.people;

/** Why a worker's or employer's profile is pending, rejected or back with them; their page and the console translate it. */
public enum VerificationReason {
    /** The authority was unavailable; a desk verifies, or saving the profile again asks it again. */
    CHECK_UNAVAILABLE,
    /** Another profile holds the number: the holder of the card proves it at a desk (only staff see this code). */
    NUMBER_CLAIMED,
    /** Staff verified the number for another profile, the person with the card; this one waits for a desk. */
    NUMBER_PROVEN_BY_ANOTHER,
    /** The authority's records do not pair the name with the number. */
    NAME_NUMBER_MISMATCH,
    /** Staff refused (a worker at the desk, an employer's documents in the queue); their note says why. */
    REFUSED_AT_DESK,
    /** Staff sent an employer's documents back: their note says what is missing; saving or uploading resubmits. */
    MORE_REQUESTED
}
