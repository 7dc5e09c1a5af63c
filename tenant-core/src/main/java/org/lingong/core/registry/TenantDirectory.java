package org.lingong.core.registry;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.TenantCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The routable cities (code, name, province, division, status, travel speeds) held in memory for the per-request tenant
 * check and what requests ask of their city: reloaded at most every two seconds — so other replicas' changes arrive as
 * fast as the gateway's — and at once after a change made here.
 */
@Component
public class TenantDirectory {

    private static final Duration FRESHNESS = Duration.ofSeconds(2);

    public record Entry(String code, String nameZh, String provinceCode, String divisionCode, TenantStatus status,
                        TravelSpeeds speeds) {
    }

    private final JdbcClient jdbc;
    private volatile Map<String, Entry> entries = Map.of();
    private volatile long loadedAt;

    TenantDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An ACTIVE or SUSPENDED city by its code. */
    public Optional<Entry> find(String code) {
        return Optional.ofNullable(snapshot().get(code));
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
        if (System.nanoTime() - loadedAt > FRESHNESS.toNanos()) {
            reload();
        }
        return entries;
    }

    /** Forgets the snapshot once the current transaction commits (or now, outside a transaction). */
    public void invalidate() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    loadedAt = 0;
                }
            });
        } else {
            loadedAt = 0;
        }
    }

    private synchronized void reload() {
        if (System.nanoTime() - loadedAt <= FRESHNESS.toNanos()) {
            return;
        }
        entries = jdbc.sql("select code, name_zh, province_code, division_code, status, speed_walk, speed_bike,"
                        + " speed_ebike, speed_transit from platform.tenant where status in ('ACTIVE', 'SUSPENDED')")
                .query((rs, row) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4).strip(), TenantStatus.valueOf(rs.getString(5)),
                        new TravelSpeeds(rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9))))
                .list().stream().collect(Collectors.toUnmodifiableMap(Entry::code, Function.identity()));
        loadedAt = System.nanoTime();
    }
}
