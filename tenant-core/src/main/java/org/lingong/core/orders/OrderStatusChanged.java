package org.lingong.core.orders;

import java.util.UUID;

/**
 * Published inside the transaction of every order step (from is null for a new order), for features that act on a
 * step: the contracts feature makes an order's contract when it is confirmed, notifications tell the worker of steps
 * others took ({@code by} and the history's {@code reasonCode}).
 */
public record OrderStatusChanged(UUID orderId, UUID workerId, UUID jobId, OrderStatus from, OrderStatus to,
                                 ActorRole by, String reasonCode) {
}
