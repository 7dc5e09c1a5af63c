package org.lingong.core.tenancy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.lingong.common.tenant.TenantCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Migrates tenant schemas from {@code db/tenant}: one at onboarding, all of them at start-up — in parallel with bounded
 * concurrency, after the platform schema and before JPA starts (Boot runs the migration strategy first).
 */
@Component
public class TenantMigrations implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(TenantMigrations.class);

    private final DataSource dataSource;
    private final int concurrency;
    private final String[] locations;

    TenantMigrations(DataSource dataSource, @Value("${lingong.migrations.concurrency}") int concurrency,
                     @Value("${lingong.migrations.tenant-locations}") String[] locations) {
        this.dataSource = dataSource;
        this.concurrency = concurrency;
        this.locations = locations;
    }

    @Override
    public void migrate(Flyway platform) {
        platform.migrate();
        migrateAll(tenantsWithSchema());
    }

    /** Creates the tenant's schema if needed and applies pending migrations; safe to repeat. */
    public void migrate(TenantCode tenant) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(tenant.schema())
                .defaultSchema(tenant.schema())
                .createSchemas(true)
                .locations(locations)
                // Each feature owns a range of versions (V10–V19 network, V20–V29 people, …) and its migrations touch
                // only its own tables, so they may arrive in any order; a schema already ahead of this code (a
                // rolling deploy, a branch) is tolerated rather than refused.
                .outOfOrder(true)
                .ignoreMigrationPatterns("*:missing", "*:future")
                .load()
                .migrate();
    }

    void migrateAll(List<TenantCode> tenants) {
        long started = System.nanoTime();
        List<Future<?>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, concurrency))) {
            for (TenantCode tenant : tenants) {
                results.add(pool.submit(() -> migrate(tenant)));
            }
            for (Future<?> result : results) {
                result.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a tenant schema failed to migrate", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while migrating tenant schemas", e);
        }
        log.info("migrated {} tenant schemas in {} ms", tenants.size(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /** Every tenant whose schema exists (including ones still onboarding or suspended), never offboarded ones. */
    private List<TenantCode> tenantsWithSchema() {
        return JdbcClient.create(dataSource)
                .sql("""
                        select t.code from platform.tenant t
                        join pg_namespace n on n.nspname = 't_' || t.code
                        where t.status <> 'OFFBOARDED' order by t.code""")
                .query(String.class).list().stream().map(TenantCode::new).toList();
    }
}
