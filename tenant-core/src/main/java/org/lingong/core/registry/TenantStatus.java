package org.lingong.core.registry;

/** Life of a tenant: only ACTIVE and SUSPENDED tenants are routed by the gateway. */
public enum TenantStatus {
    /** Onboarding has not finished: invisible to everyone but platform admins. */
    ONBOARDING,
    ACTIVE,
    /** Read-only: the gateway refuses writes. */
    SUSPENDED,
    /** Data exported and dropped; the code stays reserved. */
    OFFBOARDED
}
