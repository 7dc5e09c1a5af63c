/**
 * Orders (SPEC F5): owns the city's orders and their history, check-ins at markets and their codes, and employers'
 * block lists — grab, dispatch, the order's life. Other features use {@link org.lingong.core.orders.OrderLifecycle}
 * and {@link org.lingong.core.orders.OrderDetails}, hear {@link org.lingong.core.orders.OrderStatusChanged} inside the
 * change's transaction, and may add a {@link org.lingong.core.orders.CheckInRequirement} (insurance does). See
 * docs/matching.md.
 */
package org.lingong.core.orders;
