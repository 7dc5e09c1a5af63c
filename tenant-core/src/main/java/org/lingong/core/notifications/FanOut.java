package org.lingong.core.notifications;

import org.lingong.common.tenant.TenantCode;
import org.lingong.core.jobs.JobChanged;
import org.lingong.core.registry.EveryCity;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When the fan-out runs: woken in the background once a job opening has committed, and swept through every city
 * periodically, so a change whose wake-up was lost (a crash after the commit, another process) is announced a little
 * later, never not at all.
 */
@Component
class FanOut implements DisposableBean {

    private final EveryCity everyCity;
    private final JobFanOut fanOut;
    private final WorkerReach reach;
    private final TenantWork work = new TenantWork("notification fan-out", tenant -> catchUp());

    FanOut(EveryCity everyCity, JobFanOut fanOut, WorkerReach reach) {
        this.everyCity = everyCity;
        this.fanOut = fanOut;
        this.reach = reach;
    }

    @TransactionalEventListener
    void afterCommit(JobChanged changed) {
        if (changed.opened()) {
            work.wake(changed.tenant());
        }
    }

    /** Announces every job change of the current city after the cursor. */
    void catchUp() {
        int read;
        do {
            read = fanOut.nextBatch();
        } while (read == JobFanOut.BATCH);
    }

    /** Catches what a lost wake-up or a late commit left behind, in every city. */
    @Scheduled(fixedDelayString = "${lingong.notifications.sweep-interval:PT30S}")
    void sweep() {
        everyCity.run("notification recheck", city -> fanOut.recheckRecent());
        everyCity.run("notification fan-out sweep", work::wake);
    }

    /** Positions are personal data: the stale ones are deleted, not just ignored. */
    @Scheduled(fixedDelayString = "${lingong.notifications.position-cleanup-interval:PT10M}")
    void forgetStalePositions() {
        everyCity.run("deleting stale positions", city -> reach.forgetStalePositions());
    }

    @Override
    public void destroy() {
        work.close();
    }
}
