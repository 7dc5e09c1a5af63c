package org.lingong.core.notifications;

import java.time.Instant;
import java.util.UUID;

/** A stored notification: the job's facts when it opened, and whether the worker has read it. */
record Notification(long id, UUID workerId, UUID jobId, String jobTitle, String category, long wageAmountFen,
                    String wageUnit, int distanceMetres, Instant createdAt, Instant readAt) {
}
