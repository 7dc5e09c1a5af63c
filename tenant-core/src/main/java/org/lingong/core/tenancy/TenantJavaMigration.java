package org.lingong.core.tenancy;

import java.sql.Connection;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A tenant-schema migration written in Java, for one that needs what only the application holds (a key, say): the
 * feature that owns the tables declares it as a bean of this type. It is wrapped because Boot hands every
 * {@code JavaMigration} bean to its own Flyway, which migrates the platform schema.
 */
public record TenantJavaMigration(JavaMigration migration) {

    /** What a migration does to one city's schema, inside the migration's transaction. */
    @FunctionalInterface
    public interface Body {
        void migrate(Connection connection) throws Exception;
    }

    /** A transactional migration at {@code version}; without a checksum, as code is not a script to compare. */
    public static TenantJavaMigration of(String version, String description, Body body) {
        return new TenantJavaMigration(new JavaMigration() {
            @Override
            public MigrationVersion getVersion() {
                return MigrationVersion.fromVersion(version);
            }

            @Override
            public String getDescription() {
                return description;
            }

            @Override
            public Integer getChecksum() {
                return null;
            }

            @Override
            public boolean canExecuteInTransaction() {
                return true;
            }

            @Override
            public void migrate(Context context) throws Exception {
                body.migrate(context.getConnection());
            }
        });
    }
}
