package org.lingong.core.people.realname;

/**
 * The authoritative half of real-name verification: does this name belong to this resident ID number, by the records
 * of an authority (the public-security population register, through a provincial 政务 service or a licensed
 * provider)? The other half is station staff seeing the person with the card. Implementations answer within a few
 * seconds and never throw: anything but a clear answer is {@link Outcome#UNAVAILABLE}, and the profile waits.
 */
public interface RealNameCheck {

    enum Outcome {
        /** The authority's records pair this name with this number. */
        MATCH,
        /** They do not (or hold no such number): the person corrects the profile or goes to a desk. */
        MISMATCH,
        /** No answer now (down, slow, refused our credentials): the profile waits for a desk or a retry. */
        UNAVAILABLE
    }

    Outcome check(String name, String idNumber);

    /** Who answered, for the record: e.g. {@code aliyun-id2meta}. */
    String source();
}
