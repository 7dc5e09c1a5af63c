package org.lingong.core.registry;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.TenantCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The routable cities (code, name, province, division, status, travel speeds) held in memory for the per-request tenant
 * check and what requests ask of their city: reloaded at most every two seconds — so other replicas' changes arrive as
 * fast as the gateway's — and at once after a change made here.
 * <p>
 * One caller reloads while the others go on with the snapshot they have: a request never waits for another's round
 * trip, so no thread holding a connection waits on one that is asking the pool for another (under load that wait
 * emptied the pool for good).
 */
@Component
public class TenantDirectory {

    private static final Logger log = LoggerFactory.getLogger(TenantDirectory.class);
    private static final Duration FRESHNESS = Duration.ofSeconds(2);
    private static final long WAIT_FOR_RELOAD_NANOS = 100_000;

    public record Entry(String code, String nameZh, String provinceCode, String divisionCode, TenantStatus status,
                        TravelSpeeds speeds) {
    }

    private final JdbcClient jdbc;
    private final Duration freshness;
    private volatile Map<String, Entry> entries = Map.of();
    private volatile long loadedAt;
    private volatile boolean loaded;
    private final AtomicBoolean reloading = new AtomicBoolean();

    @Autowired
    TenantDirectory(JdbcClient jdbc) {
        this(jdbc, FRESHNESS);
    }

    TenantDirectory(JdbcClient jdbc, Duration freshness) {
        this.jdbc = jdbc;
        this.freshness = freshness;
    }

    /** An ACTIVE or SUSPENDED city by its code. */
    public Optional<Entry> find(String code) {
        return Optional.ofNullable(snapshot().get(code));
    }

    /** A routable city named in a platform path, or 404 unknown-tenant. */
    public TenantCode require(String code) {
        return TenantCode.parse(code).filter(c -> find(c.value()).isPresent())
                .orElseThrow(() -> new ProblemException(ProblemType.UNKNOWN_TENANT, code));
    }

    /** The travel speeds of a routable city, for turning minutes into a radius. */
    public TravelSpeeds speeds(TenantCode code) {
        return find(code.value()).map(Entry::speeds)
                .orElseThrow(() -> new ProblemException(ProblemType.UNKNOWN_TENANT, code.value()));
    }

    /** The codes of every routable city, for work the platform does in each of them. */
    public Set<String> codes() {
        return snapshot().keySet();
    }

    private Map<String, Entry> snapshot() {
        if (!loaded) {
            reload();
        } else if (System.nanoTime() - loadedAt > freshness.toNanos()) {
            refreshUnlessUnderWay();
        }
        return entries;
    }

    /** Reloads once the current transaction commits (or now, outside a transaction), before the change is answered. */
    public void invalidate() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    reloadAfterChange();
                }
            });
        } else {
            reloadAfterChange();
        }
    }

    private void refreshUnlessUnderWay() {
        if (!reloading.compareAndSet(false, true)) {
            return;
        }
        try {
            load();
        } catch (RuntimeException e) {
            // The snapshot a moment older serves better than a failed request; the next caller tries again.
            log.warn("reloading the tenant directory failed; serving the snapshot of {} ms ago",
                    (System.nanoTime() - loadedAt) / 1_000_000, e);
        } finally {
            reloading.set(false);
        }
    }

    /** Waits for a reload under way (it may have read before the change) and reloads after it. */
    private void reloadAfterChange() {
        try {
            reload();
        } catch (RuntimeException e) {
            loadedAt = System.nanoTime() - freshness.toNanos() - 1;
            log.warn("reloading the tenant directory after a change failed; the next request reloads it", e);
        }
    }

    /** Loads unless a load that started after this call has finished meanwhile. */
    private void reload() {
        long asked = System.nanoTime();
        while (!reloading.compareAndSet(false, true)) {
            LockSupport.parkNanos(WAIT_FOR_RELOAD_NANOS);
        }
        try {
            if (!loaded || loadedAt - asked < 0) {
                load();
            }
        } finally {
            reloading.set(false);
        }
    }

    /** Loads the cities; the snapshot counts as fresh from when its query started. */
    private void load() {
        long started = System.nanoTime();
        entries = jdbc.sql("select code, name_zh, province_code, division_code, status, speed_walk, speed_bike,"
                        + " speed_ebike, speed_transit from platform.tenant where status in ('ACTIVE', 'SUSPENDED')")
                .query((rs, row) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4).strip(), TenantStatus.valueOf(rs.getString(5)),
                        new TravelSpeeds(rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9))))
                .list().stream().collect(Collectors.toUnmodifiableMap(Entry::code, Function.identity()));
        loadedAt = started;
        loaded = true;
    }
}
