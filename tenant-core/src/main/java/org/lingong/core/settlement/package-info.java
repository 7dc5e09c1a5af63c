/**
 * Settlement (SPEC F7): the employer's side records what it paid for a completed order, the worker confirms receipt
 * (the order becomes SETTLED) or disputes it, which files a wage-arrears report (欠薪) that city staff resolve; totals
 * per worker, employer and city. Money is in fen.
 */
package org.lingong.core.settlement;
