package org.lingong.core.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.registry.JobCategoryCodes;
import org.lingong.core.tenancy.TenantContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Each city's active category codes, kept for {@link #FRESHNESS}: the registry feed asks for every city each time a
 * gateway or search polls it (every 2 s), and categories change rarely. A category added here is read again at once;
 * other replicas see it within {@link #FRESHNESS}.
 */
@Component
class ActiveCategories implements JobCategoryCodes {

    static final Duration FRESHNESS = Duration.ofSeconds(30);

    private record Read(List<String> codes, long atNanos) {
    }

    private final JobCategoryRepository categories;
    private final Map<String, Read> reads = new ConcurrentHashMap<>();

    ActiveCategories(JobCategoryRepository categories) {
        this.categories = categories;
    }

    @Override
    public List<String> activeCodes(TenantCode city) {
        Read read = reads.get(city.value());
        if (read == null || System.nanoTime() - read.atNanos() > FRESHNESS.toNanos()) {
            List<String> codes = TenantContext.call(city, () -> categories.findByActiveTrueOrderByCodeAsc().stream()
                    .map(JobCategory::code).toList());
            read = new Read(codes, System.nanoTime());
            reads.put(city.value(), read);
        }
        return read.codes();
    }

    /** Forgets the city's codes once the current transaction commits. */
    void changed(TenantCode city) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    reads.remove(city.value());
                }
            });
        } else {
            reads.remove(city.value());
        }
    }
}
