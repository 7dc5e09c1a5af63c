package org.lingong.core.tenancy;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.lingong.common.tenant.TenantCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Migrates a tenant schema from {@code db/tenant}: at onboarding, and every city's at start-up. */
@Component
public class TenantMigrations {

    private final DataSource dataSource;
    private final String[] locations;

    TenantMigrations(DataSource dataSource, @Value("${lingong.migrations.tenant-locations}") String[] locations) {
        this.dataSource = dataSource;
        this.locations = locations;
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
}
