package org.lingong.core.notifications;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.BadSqlGrammarException;

/**
 * Runs one kind of work per city in the background when woken, coalescing wake-ups: however many arrive while a run
 * is queued, one run follows; a wake-up during a run queues exactly one more, so none is lost.
 */
final class TenantWork implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TenantWork.class);
    private static final String UNDEFINED_TABLE = "42P01";

    private final String name;
    private final Consumer<TenantCode> work;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    TenantWork(String name, Consumer<TenantCode> work) {
        this.name = name;
        this.work = work;
    }

    void wake(TenantCode tenant) {
        if (!queued.add(tenant.value())) {
            return;
        }
        executor.execute(() -> {
            queued.remove(tenant.value());
            try {
                TenantContext.run(tenant, () -> work.accept(tenant));
            } catch (RuntimeException e) {
                logFailure(name, tenant, e);
            }
        });
    }

    /**
     * A city whose schema lacks this feature's tables (migrated by an older replica during a rolling deploy, until the
     * next start-up migrates it) is skipped quietly; anything else is worth a warning.
     */
    static void logFailure(String work, TenantCode tenant, RuntimeException e) {
        if (e instanceof BadSqlGrammarException bad && UNDEFINED_TABLE.equals(bad.getSQLException().getSQLState())) {
            log.debug("{} skipped in {}: its schema is not migrated yet", work, tenant);
        } else {
            log.warn("{} failed in {}", work, tenant, e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
