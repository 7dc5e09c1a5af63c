/**
 * The city's working calendar (工作日, 法定节假日 and 调休): owns the city's {@code calendar_day} table, seeded with the
 * State Council's schedule and editable by the city admin. Features that count deadlines in working days (complaints,
 * disputes) ask {@link org.lingong.core.calendar.WorkingCalendar}.
 */
package org.lingong.core.calendar;
