package org.lingong.core.notifications;

import org.lingong.common.tenant.TenantCode;
import org.lingong.core.registry.TenantDirectory;
import org.lingong.core.tenancy.TenantContext;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the fan-out runs: woken in the background by a job opening (a signal from the database at commit), and swept
 * through every city periodically, so an event whose signal was lost is announced a little later, never not at all.
 */
@Component
class FanOut implements DisposableBean {

    private final TenantDirectory tenants;
    private final JobFanOut fanOut;
    private final WorkerReach reach;
    private final TenantWork work = new TenantWork("notification fan-out", tenant -> catchUp());

    FanOut(TenantDirectory tenants, JobFanOut fanOut, WorkerReach reach) {
        this.tenants = tenants;
        this.fanOut = fanOut;
        this.reach = reach;
    }

    void wake(TenantCode tenant) {
        if (tenants.find(tenant.value()).isPresent()) {
            work.wake(tenant);
        }
    }

    void wakeAll() {
        tenants.codes().forEach(code -> work.wake(new TenantCode(code)));
    }

    /** Announces everything the current city's outbox holds after the cursor. */
    void catchUp() {
        int read;
        do {
            read = fanOut.nextBatch();
        } while (read == JobFanOut.BATCH);
    }

    /** Catches what a lost signal or a late commit left behind, in every city. */
    @Scheduled(fixedDelayString = "${lingong.notifications.sweep-interval:PT30S}")
    void sweep() {
        for (String code : tenants.codes()) {
            TenantCode tenant = new TenantCode(code);
            try {
                TenantContext.run(tenant, fanOut::recheckRecent);
            } catch (RuntimeException e) {
                TenantWork.logFailure("notification recheck", tenant, e);
            }
            work.wake(tenant);
        }
    }

    /** Positions are personal data: the stale ones are deleted, not just ignored. */
    @Scheduled(fixedDelayString = "${lingong.notifications.position-cleanup-interval:PT10M}")
    void forgetStalePositions() {
        for (String code : tenants.codes()) {
            try {
                TenantContext.run(new TenantCode(code), reach::forgetStalePositions);
            } catch (RuntimeException e) {
                TenantWork.logFailure("deleting stale positions", new TenantCode(code), e);
            }
        }
    }

    @Override
    public void destroy() {
        work.close();
    }
}
