/**
 * Settlement (SPEC F7): owns the city's {@code wage_payment} and {@code wage_arrears} tables. The employer's side records
 * what it paid for a completed order, the worker confirms receipt (the order becomes SETTLED, through
 * {@link org.lingong.core.orders.OrderLifecycle}) or disputes it, which files a wage-arrears report (欠薪) that city
 * staff resolve; totals per worker, employer and city. Money is in fen. Exposes only its REST API.
 */
package org.lingong.core.settlement;
