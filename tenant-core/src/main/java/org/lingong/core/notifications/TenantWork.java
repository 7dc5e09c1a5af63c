package org.lingong.core.notifications;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.registry.EveryCity;

/**
 * Runs one kind of work per city in the background when woken, coalescing wake-ups: however many arrive while a run
 * is queued, one run follows; a wake-up during a run queues exactly one more, so none is lost. At most
 * {@value #CONCURRENCY} cities run at once: a sweep that wakes every city must not take the whole connection pool from
 * the requests (a run waits for its turn before it asks for a connection, never while holding one).
 */
final class TenantWork implements AutoCloseable {

    static final int CONCURRENCY = 4;

    private final String name;
    private final Consumer<TenantCode> work;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore turns = new Semaphore(CONCURRENCY);

    TenantWork(String name, Consumer<TenantCode> work) {
        this.name = name;
        this.work = work;
    }

    void wake(TenantCode tenant) {
        if (!queued.add(tenant.value())) {
            return;
        }
        executor.execute(() -> {
            try {
                turns.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                queued.remove(tenant.value());
                EveryCity.runIn(tenant, name, work);
            } finally {
                turns.release();
            }
        });
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
