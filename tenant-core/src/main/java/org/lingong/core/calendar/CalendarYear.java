package org.lingong.core.calendar;

import java.util.List;

/**
 * A year of the city's calendar. {@code entered} is false while the year has no holidays at all: the schedule is
 * not in yet, and deadlines in it count plain weekends until the city enters it.
 */
public record CalendarYear(int year, boolean entered, int workingDays, List<CalendarDay> days) {
}
