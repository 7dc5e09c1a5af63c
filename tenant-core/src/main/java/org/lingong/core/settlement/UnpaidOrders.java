package org.lingong.core.settlement;

import java.time.Clock;
import org.lingong.core.registry.EveryCity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every ten minutes, in every routable city: completed orders whose pay the worker has not confirmed within the city's
 * limit become wage-arrears reports, so silence reaches the bureau instead of being forgotten.
 */
@Component
class UnpaidOrders {

    private static final Logger log = LoggerFactory.getLogger(UnpaidOrders.class);

    private final EveryCity everyCity;
    private final WageArrearsReports reports;
    private final Clock clock;

    UnpaidOrders(EveryCity everyCity, WageArrearsReports reports, Clock clock) {
        this.everyCity = everyCity;
        this.reports = reports;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${lingong.settlement.unpaid-interval:PT10M}")
    void fileEverywhere() {
        everyCity.run("unpaid orders", city -> {
            int filed = reports.fileOverdue(clock.instant());
            if (filed > 0) {
                log.info("filed {} wage-arrears reports for unconfirmed pay in {}", filed, city);
            }
        });
    }
}
