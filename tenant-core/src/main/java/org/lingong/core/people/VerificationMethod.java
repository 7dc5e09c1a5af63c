package org.lingong.core.people;

/** How a worker's name and number were verified. */
public enum VerificationMethod {
    /** An authority's records matched them ({@code verified_by} names the check). */
    AUTHORITATIVE,
    /** Station staff saw the person with the card ({@code verified_by} is the staff member's account). */
    IN_PERSON
}
