package org.lingong.core.orders;

import java.time.Instant;
import java.util.UUID;

/** An order as responses show it; times in UTC instants, rendered in Asia/Shanghai. */
public record OrderDetails(UUID id, UUID jobId, UUID workerId, UUID employerId, OrderKind kind, OrderStatus status,
                        Instant startsAt, Instant endsAt, Long marketId, Long dispatchLatencyMs,
                        String cancelReasonCode, String cancelReason, Instant createdAt, Instant updatedAt,
                        long version) {
}
