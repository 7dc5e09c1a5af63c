package org.lingong.core.complaints;

import java.time.Duration;
import java.time.Instant;

/** How the desk colours a complaint: its step's deadline passed, close, or comfortably ahead; DONE once over. */
enum Urgency {
    OVERDUE, DUE_SOON, ON_TIME, DONE;

    static Urgency of(Instant dueAt, Instant now, Duration remindBefore) {
        if (dueAt == null) {
            return DONE;
        }
        if (!dueAt.isAfter(now)) {
            return OVERDUE;
        }
        return dueAt.minus(remindBefore).isAfter(now) ? ON_TIME : DUE_SOON;
    }
}
