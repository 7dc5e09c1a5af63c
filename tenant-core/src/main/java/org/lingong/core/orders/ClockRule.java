package org.lingong.core.orders;

/** The reason code the order's history gives for a step the clock took. */
public enum ClockRule {
    /** Nobody confirmed the grab or dispatch in time: released. */
    NOT_CONFIRMED_IN_TIME,
    /** The worker had not checked in by the start plus the grace: no-show. */
    NOT_CHECKED_IN_IN_TIME,
    /** Nobody marked the work done by the end plus the grace: completed by rule. */
    NOT_COMPLETED_IN_TIME
}
