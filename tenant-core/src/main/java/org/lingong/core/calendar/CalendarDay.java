package org.lingong.core.calendar;

import java.time.LocalDate;

/** A day that differs from the Monday-to-Friday week, and why. */
public record CalendarDay(LocalDate date, DayKind kind, String name) {
}
