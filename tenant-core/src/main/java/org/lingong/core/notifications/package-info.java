/**
 * Push of new jobs to nearby workers (SPEC F6): owns workers' positions and notification settings, the notifications
 * and the fan-out's cursor. Every job that opens (followed through the jobs feature's changes, woken by
 * {@link org.lingong.core.jobs.JobChanged}) becomes one notification per matching worker, kept in an inbox and
 * streamed over Server-Sent Events on every replica through PostgreSQL LISTEN/NOTIFY. Exposes only its REST API; see
 * docs/notifications.md.
 */
package org.lingong.core.notifications;
