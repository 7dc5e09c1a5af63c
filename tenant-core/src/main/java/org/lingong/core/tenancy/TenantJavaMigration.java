package org.lingong.core.tenancy;

import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A tenant-schema migration written in Java, for one that needs what only the application holds (a key, say): the
 * feature that owns the tables declares it as a bean of this type. It is wrapped because Boot hands every
 * {@code JavaMigration} bean to its own Flyway, which migrates the platform schema.
 */
public record TenantJavaMigration(JavaMigration migration) {
}
