package org.lingong.core.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.stereotype.Component;

/**
 * The one home of "for every city": background work runs in each city with that city's tenant context open, and a
 * failure in one city is logged and never stops the others. Scheduled work runs in every routable city; start-up
 * migrations run in every city with a schema, several at once.
 */
@Component
public class EveryCity {

    private static final Logger log = LoggerFactory.getLogger(EveryCity.class);
    private static final String UNDEFINED_TABLE = "42P01";

    private final TenantDirectory tenants;

    EveryCity(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    /** Runs the work in every routable (active or suspended) city, one city after another. */
    public void run(String work, Consumer<TenantCode> perCity) {
        for (String code : tenants.codes()) {
            runIn(new TenantCode(code), work, perCity);
        }
    }

    /**
     * Runs the work in each of these cities, at most {@code concurrency} at once, and waits for all of them; returns
     * the cities where it failed. Needs no bean, so it serves the migrations that run before the application's beans.
     */
    public static List<TenantCode> run(String work, Collection<TenantCode> cities, int concurrency,
                                       Consumer<TenantCode> perCity) {
        List<TenantCode> failed = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(concurrency, cities.size())))) {
            List<Future<Boolean>> results = new ArrayList<>();
            for (TenantCode city : cities) {
                results.add(pool.submit(() -> runIn(city, work, perCity)));
            }
            int i = 0;
            for (TenantCode city : cities) {
                if (!results.get(i++).get()) {
                    failed.add(city);
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + work + " in every city", e);
        }
        return failed;
    }

    /** Runs the work in one city with its context open; false, and logged, when it failed. */
    public static boolean runIn(TenantCode city, String work, Consumer<TenantCode> perCity) {
        try {
            TenantContext.run(city, () -> perCity.accept(city));
            return true;
        } catch (RuntimeException e) {
            logFailure(work, city, e);
            return false;
        }
    }

    /**
     * A city whose schema lacks a feature's tables (migrated by an older replica during a rolling deploy, until the
     * next start-up migrates it) is skipped quietly; anything else is worth a warning.
     */
    private static void logFailure(String work, TenantCode city, RuntimeException e) {
        if (e instanceof BadSqlGrammarException bad && UNDEFINED_TABLE.equals(bad.getSQLException().getSQLState())) {
            log.debug("{} skipped in {}: its schema is not migrated yet", work, city);
        } else {
            log.warn("{} failed in {}", work, city, e);
        }
    }
}
