package org.lingong.core.orders;

import java.util.Set;

/**
 * An order's life. GRABBED and DISPATCHED wait for the other side's confirmation; an order holds its job slot until it
 * is CANCELLED or NO_SHOW. SETTLED is reached only through the settlement feature.
 */
public enum OrderStatus {
    GRABBED, DISPATCHED, CONFIRMED, CHECKED_IN, COMPLETED, SETTLED, CANCELLED, NO_SHOW;

    /** Orders that block the worker's time window (and the job slot is taken). */
    static final Set<OrderStatus> ACTIVE = Set.of(GRABBED, DISPATCHED, CONFIRMED, CHECKED_IN);

    boolean isActive() {
        return ACTIVE.contains(this);
    }
}
