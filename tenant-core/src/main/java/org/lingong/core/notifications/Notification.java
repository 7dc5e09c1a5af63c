package org.lingong.core.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored notification: a job that opened near the worker ({@code NEARBY_JOB}, with the distance), or a step others
 * took on the worker's order ({@code ORDER}, with the order's new status and the history's reason code); the job's
 * facts as they were then, and whether the worker has read it.
 */
record Notification(long id, UUID workerId, Kind kind, UUID jobId, String jobTitle, String category, long wageAmountFen,
                    String wageUnit, Integer distanceMetres, UUID orderId, String orderStatus, String reasonCode,
                    Instant createdAt, Instant readAt) {

    enum Kind {
        NEARBY_JOB, ORDER
    }
}
