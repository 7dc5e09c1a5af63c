package org.lingong.core.jobs;

import org.lingong.core.registry.EveryCity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, in every routable city: open jobs past their validity expire (and leave search through the outbox),
 * and drafts nobody published for 30 days are removed (A 三(七) 发布时效和撤销清理).
 */
@Component
class JobExpiry {

    private static final Logger log = LoggerFactory.getLogger(JobExpiry.class);

    private final EveryCity everyCity;
    private final Jobs jobs;

    JobExpiry(EveryCity everyCity, Jobs jobs) {
        this.everyCity = everyCity;
        this.jobs = jobs;
    }

    @Scheduled(fixedDelayString = "${lingong.jobs.expiry-interval:PT1M}")
    void expireEverywhere() {
        everyCity.run("job expiry", city -> {
            int expired = jobs.expireAndCleanUp();
            if (expired > 0) {
                log.info("expired {} jobs in {}", expired, city);
            }
        });
    }
}
