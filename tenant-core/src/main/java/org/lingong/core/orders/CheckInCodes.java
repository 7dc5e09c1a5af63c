package org.lingong.core.orders;

import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The rotating check-in codes of markets (their QR codes) and of jobs (shown by the employer); secrets made on demand. */
@Component
class CheckInCodes {

    private final CheckInCodeRepository markets;
    private final JobCheckInCodeRepository jobs;

    CheckInCodes(CheckInCodeRepository markets, JobCheckInCodeRepository jobs) {
        this.markets = markets;
        this.jobs = jobs;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    RotatingCode.Current ofMarket(long marketId, Instant now) {
        return markets.findById(marketId).orElseGet(() -> markets.save(new CheckInCode(marketId, now)))
                .rotating().current(now);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    RotatingCode.Current ofJob(UUID jobId, Instant now) {
        return jobs.findById(jobId).orElseGet(() -> jobs.save(new JobCheckInCode(jobId, now))).rotating().current(now);
    }

    boolean marketAccepts(long marketId, String code, Instant now) {
        return code != null && markets.findById(marketId).map(c -> c.rotating().accepts(code, now)).orElse(false);
    }

    boolean jobAccepts(UUID jobId, String code, Instant now) {
        return code != null && jobs.findById(jobId).map(c -> c.rotating().accepts(code, now)).orElse(false);
    }
}
