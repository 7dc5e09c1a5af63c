package org.lingong.admin.orders;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** An order as {@code /api/v1/me/orders} and {@code /api/v1/employers/me/orders} list it. */
public record Order(UUID id, UUID jobId, UUID workerId, UUID employerId, String kind, Status status, Instant startsAt,
                    Instant endsAt, String cancelReasonCode, String cancelReason, Instant createdAt)
        implements Serializable {

    /** tenant-core's order statuses; the bundles name each as {@code order.status.…}. */
    public enum Status { GRABBED, DISPATCHED, CONFIRMED, CHECKED_IN, COMPLETED, SETTLED, CANCELLED, NO_SHOW }

    /** A page of orders. */
    public record Page(java.util.List<Order> items, long total) implements Serializable {
    }
}
