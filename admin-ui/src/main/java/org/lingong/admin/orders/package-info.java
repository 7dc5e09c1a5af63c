/** The city's limits for the order's timed steps (订单时限), set in the city console. */
package org.lingong.admin.orders;
