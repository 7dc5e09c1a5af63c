/**
 * Contracts (《零工服务协议通用条款》): owns the city's template versions, the contracts made from them (one per order,
 * parties masked), the click-to-sign signatures and the SHA-256 hash chain, and renders the PDF. It exposes only its
 * REST API; it makes an order's contract when orders publish {@link org.lingong.core.orders.OrderStatusChanged} to
 * CONFIRMED. See docs/contracts.md.
 */
package org.lingong.core.contracts;
