package org.lingong.core.searchindex;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.jobs.JobChanged;
import org.lingong.core.jobs.JobChanges;
import org.lingong.core.registry.EveryCity;
import org.lingong.core.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;

/**
 * Carries every city's job changes ({@link JobChanges}) to the search service, in order, at least once: a batch (≤ 500
 * changes) is handed out locked, sent, and marked delivered in one transaction, so replicas never send the same batch
 * at the same time and a failed send leaves the batch for the next try. Search applies events with external versions,
 * so a repeat or an older version changes nothing.
 * <p>
 * Woken right after a job change commits (freshness well under a second), by a sweep of all cities every two seconds,
 * and — while search is down — when a city's exponential back-off ends; the other cities carry on meanwhile.
 */
@Component
class OutboxRelay {

    static final int BATCH = 500;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    /** Short enough that changes made during an outage reach search within seconds after it returns. */
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final EveryCity everyCity;
    private final SearchIndexClient search;
    private final JobChanges changes;
    private final MeterRegistry meters;
    private final Timer deliveryLag;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    /** Wakes a city when its back-off ends, independent of the sweep and of other scheduled work. */
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("outbox-relay-retry").daemon().factory());
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();

    OutboxRelay(EveryCity everyCity, SearchIndexClient search, JobChanges changes, MeterRegistry meters) {
        this.everyCity = everyCity;
        this.search = search;
        this.changes = changes;
        this.meters = meters;
        this.deliveryLag = Timer.builder("lingong.search.outbox.delivery.lag")
                .description("Time from a job change's commit to its delivery to search")
                .publishPercentiles(0.5, 0.99).register(meters);
    }

    /** One city's relay state in this replica: at most one worker at a time, and its back-off. */
    private final class Lane {
        final TenantCode tenant;
        final AtomicBoolean busy = new AtomicBoolean();
        volatile boolean wanted;
        volatile long pending;
        volatile double oldestAgeSeconds;
        volatile int failures;
        volatile Instant notBefore = Instant.EPOCH;
        final Counter failed;

        Lane(TenantCode tenant) {
            this.tenant = tenant;
            Gauge.builder("lingong.search.outbox.pending", this, lane -> lane.pending)
                    .description("Job changes not yet delivered to search").tag("tenant", tenant.value())
                    .register(meters);
            Gauge.builder("lingong.search.outbox.oldest.age", this, lane -> lane.oldestAgeSeconds)
                    .description("Age in seconds of the oldest undelivered job change").baseUnit("seconds")
                    .tag("tenant", tenant.value()).register(meters);
            this.failed = Counter.builder("lingong.search.outbox.failures")
                    .description("Failed deliveries to search").tag("tenant", tenant.value()).register(meters);
        }

        boolean mayTry() {
            return !Instant.now().isBefore(notBefore);
        }
    }

    @TransactionalEventListener
    void afterCommit(JobChanged changed) {
        wake(changed.tenant());
    }

    @Scheduled(fixedDelayString = "${lingong.search.relay-sweep-interval:PT2S}")
    void sweep() {
        everyCity.run("search relay sweep", this::wake);
    }

    /** Asks for a delivery round in this city; a round in progress picks the request up before it ends. */
    void wake(TenantCode tenant) {
        Lane lane = lanes.computeIfAbsent(tenant.value(), code -> new Lane(tenant));
        lane.wanted = true;
        if (lane.mayTry() && lane.busy.compareAndSet(false, true)) {
            workers.execute(() -> work(lane));
        }
    }

    private void work(Lane lane) {
        try {
            while (lane.wanted && lane.mayTry()) {
                lane.wanted = false;
                deliverAll(lane);
            }
        } finally {
            lane.busy.set(false);
        }
        // A wake that arrived between the last check and releasing the lane must not wait for the sweep.
        if (lane.wanted && lane.mayTry()) {
            wake(lane.tenant);
        }
    }

    private void deliverAll(Lane lane) {
        try {
            int delivered;
            do {
                delivered = deliverBatch(lane.tenant);
            } while (delivered == BATCH);
            lane.failures = 0;
            lane.notBefore = Instant.EPOCH;
            lane.pending = 0;
            lane.oldestAgeSeconds = 0;
        } catch (RuntimeException e) {
            lane.failures++;
            lane.failed.increment();
            Duration backoff = backoff(lane.failures);
            lane.notBefore = Instant.now().plus(backoff);
            // A little after the back-off's end, so the wake never finds it still running.
            retries.schedule(() -> wake(lane.tenant), backoff.toMillis() + 5, TimeUnit.MILLISECONDS);
            if (e instanceof ResourceAccessException || e instanceof HttpServerErrorException) {
                log.warn("search unavailable for {} ({}); retrying in {} ms", lane.tenant, e.getMessage(),
                        backoff.toMillis());
            } else {
                log.error("delivering job changes of {} to search failed; retrying in {} ms", lane.tenant,
                        backoff.toMillis(), e);
            }
            measureBacklog(lane);
        }
    }

    static Duration backoff(int failures) {
        int doublings = Math.min(failures - 1, 16);
        Duration backoff = FIRST_BACKOFF.multipliedBy(1L << doublings);
        return backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
    }

    /** Sends the city's oldest undelivered changes; they count as delivered once search has taken them. */
    int deliverBatch(TenantCode tenant) {
        return TenantContext.call(tenant, () -> changes.deliver(BATCH, batch -> {
            search.sendJobEvents(tenant, batch.stream().map(change -> new SearchIndexClient.JobEvent(change.id(),
                    change.type(), change.job().id(), change.job().version(), JobDocument.of(change.job()))).toList());
            Instant now = Instant.now();
            batch.forEach(change -> deliveryLag.record(Duration.between(change.createdAt(), now)));
        }));
    }

    private void measureBacklog(Lane lane) {
        try {
            JobChanges.Backlog backlog = TenantContext.call(lane.tenant, changes::undelivered);
            lane.pending = backlog.count();
            lane.oldestAgeSeconds = backlog.oldest() == null ? 0
                    : Duration.between(backlog.oldest(), Instant.now()).toMillis() / 1000.0;
        } catch (RuntimeException e) {
            log.debug("could not measure the outbox of {}", lane.tenant, e);
        }
    }

    @PreDestroy
    void stop() {
        retries.shutdownNow();
        workers.shutdownNow();
    }
}
