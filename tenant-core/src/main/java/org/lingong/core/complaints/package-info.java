/**
 * Complaints and reports (投诉举报, SPEC F9): a worker, an employer or station staff taking a hotline call reports a
 * job, an employer or an agency; the city's staff take it through received → accepted or rejected → investigating →
 * decided → closed, each step within the city's deadline in working days of its
 * {@link org.lingong.core.calendar.WorkingCalendar}, reminded before and escalated after. Owns the city's
 * {@code complaint}, {@code complaint_step} and {@code complaint_setting} tables; exposes only its REST API.
 */
package org.lingong.core.complaints;
