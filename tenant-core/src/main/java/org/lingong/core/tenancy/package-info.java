/**
 * Schema per tenant, below every feature: the current city ({@link org.lingong.core.tenancy.TenantContext},
 * {@link org.lingong.core.tenancy.CurrentTenant}), connections that follow it — JPA and plain JDBC alike switch the
 * schema in one place — and the migration of one city's schema ({@link org.lingong.core.tenancy.TenantMigrations}).
 */
package org.lingong.core.tenancy;
