package org.lingong.core.orders;

import java.util.UUID;

/**
 * Published inside the transaction of every order step (from is null for a new order), for features that act on a
 * step: the contracts feature makes an order's contract when it is confirmed.
 */
public record OrderStatusChanged(UUID orderId, OrderStatus from, OrderStatus to) {
}
