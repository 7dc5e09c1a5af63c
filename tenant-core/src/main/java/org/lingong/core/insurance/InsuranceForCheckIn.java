package org.lingong.core.insurance;

import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.orders.CheckInRequirement;
import org.lingong.core.orders.OrderDetails;
import org.springframework.stereotype.Component;

/** When the city requires it, a worker checks in only with cover spanning the order's whole time. */
@Component
class InsuranceForCheckIn implements CheckInRequirement {

    private final InsuranceSettings settings;
    private final Coverage coverage;

    InsuranceForCheckIn(InsuranceSettings settings, Coverage coverage) {
        this.settings = settings;
        this.coverage = coverage;
    }

    @Override
    public void require(OrderDetails order) {
        if (settings.get().requireInsuranceForCheckIn() && !coverage.of(order).covered()) {
            throw new ProblemException(ProblemType.INSURANCE_REQUIRED,
                    Insurance.BEIJING_TIME.format(order.startsAt()), Insurance.BEIJING_TIME.format(order.endsAt()));
        }
    }
}
