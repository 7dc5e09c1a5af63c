package org.lingong.core.complaints;

import java.util.Set;

/** The complaint's workflow; REJECTED and CLOSED end it. */
enum ComplaintStatus {
    RECEIVED, ACCEPTED, REJECTED, INVESTIGATING, DECIDED, CLOSED;

    /** The steps staff may take from here. */
    Set<ComplaintStatus> next() {
        return switch (this) {
            case RECEIVED -> Set.of(ACCEPTED, REJECTED);
            case ACCEPTED -> Set.of(INVESTIGATING, DECIDED);
            case INVESTIGATING -> Set.of(DECIDED);
            case DECIDED -> Set.of(CLOSED);
            case REJECTED, CLOSED -> Set.of();
        };
    }

    /** A rejection and a decision are told to the reporter, so they must say something. */
    boolean needsNote() {
        return this == REJECTED || this == DECIDED;
    }
}
