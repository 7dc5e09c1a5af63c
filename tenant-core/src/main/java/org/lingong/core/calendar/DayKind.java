package org.lingong.core.calendar;

/** How a day differs from the Monday-to-Friday week. */
public enum DayKind {
    /** A day off: a public holiday or a weekday the State Council moves next to it. */
    HOLIDAY,
    /** A weekend day worked instead (调休上班). */
    WORKDAY
}
