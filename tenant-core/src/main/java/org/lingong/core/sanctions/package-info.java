/**
 * Sanctions (SPEC F9): the ladder of measures the city applies to an employer of its platform — order to correct by a
 * deadline in working days of the city's {@link org.lingong.core.calendar.WorkingCalendar} and then a check, take its
 * jobs down, suspend it from recruiting until a day, close its account — each with its grounds, who decided, and one
 * appeal the city admin decides. Implements {@link org.lingong.core.people.RecruitingBans}, so that publishing and
 * confirming refuse a suspended or closed employer; takes jobs down through {@link org.lingong.core.jobs.Jobs}. Owns
 * the city's {@code sanction} and {@code sanction_appeal} tables; exposes only its REST API.
 */
package org.lingong.core.sanctions;
