package org.lingong.core.people;

/** Where a worker or employer stands in real-name verification. */
public enum VerificationStatus {
    /**
     * Profile incomplete: a worker without an ID number, an employer without its business licence, or one whose
     * documents staff sent back asking for more (reason {@code MORE_REQUESTED} with their note).
     */
    UNVERIFIED,
    /**
     * A worker's number awaits a person at a desk: the authority could not answer, or another profile of the city
     * holds the number (which the worker is not told: either way, bring the card). An employer's profile and licence
     * await review in the console's queue.
     */
    PENDING,
    /** The authority matched name and number, or staff saw the person with the card; employers: staff approved. */
    VERIFIED,
    /** The authority's records do not pair this name with this number, or staff refused it; the reason is shown. */
    REJECTED,
    /** A worker's personal data erased on request; the row stays, anonymised, for statistics. */
    ERASED
}
