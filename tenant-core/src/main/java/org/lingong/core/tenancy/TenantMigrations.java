package org.lingong.core.tenancy;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.lingong.common.tenant.TenantCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Migrates a tenant schema from {@code db/tenant} and the features' {@link TenantJavaMigration}s: at onboarding, and
 * every city's at start-up.
 */
@Component
public class TenantMigrations {

    private final DataSource dataSource;
    private final String[] locations;
    private final JavaMigration[] javaMigrations;

    TenantMigrations(DataSource dataSource, @Value("${lingong.migrations.tenant-locations}") String[] locations,
                     List<TenantJavaMigration> javaMigrations) {
        this.dataSource = dataSource;
        this.locations = locations;
        this.javaMigrations = javaMigrations.stream().map(TenantJavaMigration::migration).toArray(JavaMigration[]::new);
    }

    /** Creates the tenant's schema if needed and applies pending migrations; safe to repeat. */
    public void migrate(TenantCode tenant) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(tenant.schema())
                .defaultSchema(tenant.schema())
                .createSchemas(true)
                .locations(locations)
                .javaMigrations(javaMigrations)
                // Each feature owns a range of versions (V10–V19 network, V20–V29 people, …) and its migrations touch
                // only its own tables, so they may arrive in any order; a schema already ahead of this code (a
                // rolling deploy, a branch) is tolerated rather than refused.
                .outOfOrder(true)
                .ignoreMigrationPatterns("*:missing", "*:future")
                .load()
                .migrate();
    }
}
