package org.lingong.core.complaints;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The city's deadlines in working days, and how many hours before one the desk is reminded. */
record ComplaintSettings(
        @Min(value = 1, message = "{complaints.days.range}") @Max(value = 30, message = "{complaints.days.range}")
        int acceptWithinDays,
        @Min(value = 1, message = "{complaints.decide.range}") @Max(value = 90, message = "{complaints.decide.range}")
        int decideWithinDays,
        @Min(value = 1, message = "{complaints.days.range}") @Max(value = 30, message = "{complaints.days.range}")
        int closeWithinDays,
        @Min(value = 1, message = "{complaints.remind.range}") @Max(value = 72, message = "{complaints.remind.range}")
        int remindBeforeHours) {

    /** Working days the step that begins in {@code status} may take; none once the complaint is over. */
    int daysFor(ComplaintStatus status) {
        return switch (status) {
            case RECEIVED -> acceptWithinDays;
            case ACCEPTED, INVESTIGATING -> decideWithinDays;
            case DECIDED -> closeWithinDays;
            case REJECTED, CLOSED -> 0;
        };
    }
}
