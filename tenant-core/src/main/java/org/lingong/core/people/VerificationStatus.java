package org.lingong.core.people;

/** Where a worker or employer stands in real-name verification. */
enum VerificationStatus {
    /** Profile incomplete, or (employers) awaiting a city administrator's approval. */
    UNVERIFIED,
    /** Checks passed and, for employers, approved by a city administrator. */
    VERIFIED,
    /** A worker's personal data erased on request; the row stays, anonymised, for statistics. */
    ERASED
}
