package org.lingong.core.registry;

import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.tenancy.TenantMigrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start-up, after the platform schema and before JPA starts (Boot runs the migration strategy first): every city
 * with a schema is migrated, a few at once. Runs before the application's JDBC beans exist, so it reads the registry
 * through a client of its own.
 */
@Component
class StartupMigrations implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(StartupMigrations.class);

    private final DataSource dataSource;
    private final TenantMigrations migrations;
    private final int concurrency;

    StartupMigrations(DataSource dataSource, TenantMigrations migrations,
                      @Value("${lingong.migrations.concurrency}") int concurrency) {
        this.dataSource = dataSource;
        this.migrations = migrations;
        this.concurrency = concurrency;
    }

    @Override
    public void migrate(Flyway platform) {
        platform.migrate();
        long started = System.nanoTime();
        List<TenantCode> cities = citiesWithSchema();
        List<TenantCode> failed = EveryCity.run("schema migration", cities, concurrency, migrations::migrate);
        if (!failed.isEmpty()) {
            throw new IllegalStateException("tenant schemas failed to migrate: " + failed);
        }
        log.info("migrated {} tenant schemas in {} ms", cities.size(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /** Every city whose schema exists (including ones still onboarding or suspended), never offboarded ones. */
    private List<TenantCode> citiesWithSchema() {
        return JdbcClient.create(dataSource)
                .sql("""
                        select t.code from platform.tenant t
                        join pg_namespace n on n.nspname = 't_' || t.code
                        where t.status <> 'OFFBOARDED' order by t.code""")
                .query(String.class).list().stream().map(TenantCode::new).toList();
    }
}
