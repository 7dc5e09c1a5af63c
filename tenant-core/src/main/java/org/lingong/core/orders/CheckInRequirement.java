package org.lingong.core.orders;

/**
 * A condition another feature sets on a worker's check-in (e.g. insurance cover the city requires). It throws an
 * {@link org.lingong.core.problem.ApiException} to refuse, inside the check-in's transaction.
 */
public interface CheckInRequirement {

    void require(OrderView order);
}
