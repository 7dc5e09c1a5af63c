package org.lingong.core.orders;

import java.time.Clock;
import org.lingong.core.registry.EveryCity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the order's clock in every routable city: due orders every few seconds (a step fires within one interval of
 * its deadline), the market queues once a minute (closing times are coarse).
 */
@Component
class OrderClockTick {

    private static final Logger log = LoggerFactory.getLogger(OrderClockTick.class);
    static final int BATCH = 200;

    private final EveryCity everyCity;
    private final OrderClock orderClock;
    private final Clock clock;

    OrderClockTick(EveryCity everyCity, OrderClock orderClock, Clock clock) {
        this.everyCity = everyCity;
        this.orderClock = orderClock;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${lingong.orders.clock-interval:PT2S}")
    void stepDueOrders() {
        everyCity.run("order clock", city -> {
            int stepped = 0;
            int batch;
            do {
                // Each batch at its own time, so a long sweep records when each step really happened.
                batch = orderClock.stepDue(clock.instant(), BATCH);
                stepped += batch;
            } while (batch == BATCH);
            if (stepped > 0) {
                log.info("order clock stepped {} orders in {}", stepped, city);
            }
        });
    }

    @Scheduled(fixedDelayString = "${lingong.orders.market-queue-interval:PT1M}")
    void closeMarketQueues() {
        everyCity.run("market queues", city -> {
            int closed = orderClock.closeMarketQueues(clock.instant());
            if (closed > 0) {
                log.info("closed {} market waits in {}", closed, city);
            }
        });
    }
}
