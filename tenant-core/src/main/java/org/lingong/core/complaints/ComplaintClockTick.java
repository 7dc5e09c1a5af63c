package org.lingong.core.complaints;

import java.time.Clock;
import org.lingong.core.registry.EveryCity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Reminds and escalates complaints in every routable city; deadlines are whole days, so a minute is prompt. */
@Component
class ComplaintClockTick {

    private static final Logger log = LoggerFactory.getLogger(ComplaintClockTick.class);

    private final EveryCity everyCity;
    private final Complaints complaints;
    private final Clock clock;

    ComplaintClockTick(EveryCity everyCity, Complaints complaints, Clock clock) {
        this.everyCity = everyCity;
        this.complaints = complaints;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${lingong.complaints.clock-interval:PT1M}")
    void sweep() {
        everyCity.run("complaint clock", city -> {
            int[] marked = complaints.sweep(clock.instant());
            if (marked[0] + marked[1] > 0) {
                log.info("complaints in {}: {} reminded, {} escalated", city, marked[0], marked[1]);
            }
        });
    }
}
