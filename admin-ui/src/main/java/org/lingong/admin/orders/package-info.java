/**
 * An order after the grab as both of its sides see it on their pages: what each side may do in each status
 * ({@link org.lingong.admin.orders.Side}), the moves on tenant-core's order, contract and payment APIs, the contract to
 * read and sign, payments in yuan read from fen. The worker's 我的订单 and the employer's orders of a job use them. And
 * the city's limits for the order's timed steps (订单时限), set in the city console.
 */
package org.lingong.admin.orders;
