/**
 * Push of new jobs to nearby workers (SPEC F6, issue 6): a worker reports a position and chooses a travel-time circle;
 * every job that opens is fanned out from the jobs outbox to the matching workers as notifications (once per worker
 * and job), kept in an inbox and streamed live over Server-Sent Events on every replica through PostgreSQL
 * LISTEN/NOTIFY. See docs/notifications.md.
 */
package org.lingong.core.notifications;
