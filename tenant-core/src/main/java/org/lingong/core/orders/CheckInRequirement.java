package org.lingong.core.orders;

import org.lingong.common.problem.ProblemException;

/**
 * A condition another feature sets on a worker's check-in (e.g. insurance cover the city requires). It throws an
 * {@link org.lingong.common.problem.ProblemException} to refuse, inside the check-in's transaction.
 */
public interface CheckInRequirement {

    void require(OrderDetails order);
}
