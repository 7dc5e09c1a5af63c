package org.lingong.common.tenant;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Who may act in which tenant — the one rule the gateway and every service apply (defence in depth).
 *
 * <ul>
 *   <li>platform-admin: every tenant, read and write;</li>
 *   <li>a token carrying a {@code tenant} claim (city admins, station staff, employers): that tenant only;</li>
 *   <li>a city's own role (city admin, station staff) without a {@code tenant} claim: no tenant — such an account is
 *       broken, and must never count as a city admin everywhere;</li>
 *   <li>province-admin: read-only, in the tenants of its {@code province} claim;</li>
 *   <li>worker or employer without a tenant claim: every tenant — a person holds one national account (signed up by
 *       phone), with a profile and a verification of its own in each city;</li>
 *   <li>anyone else: no tenant.</li>
 * </ul>
 * Province-level data (the province's blacklist of illegal agencies) is outside every tenant: see
 * {@link #governsProvince}.
 */
public final class TenantAccess {

    private TenantAccess() {
    }

    /** The caller as its verified token describes it. */
    public record Caller(Set<String> roles, String tenantClaim, String provinceClaim) {

        /** Reads a verified Keycloak access token's claims: {@code realm_access.roles}, {@code tenant}, {@code province}. */
        public static Caller fromClaims(Map<String, Object> claims) {
            Set<String> roles = claims.get("realm_access") instanceof Map<?, ?> realmAccess
                    && realmAccess.get("roles") instanceof Collection<?> names
                    ? Set.copyOf(names.stream().map(String::valueOf).toList())
                    : Set.of();
            return new Caller(roles, text(claims.get("tenant")), text(claims.get("province")));
        }

        private static String text(Object claim) {
            return claim == null ? null : claim.toString();
        }
    }

    /**
     * @param tenantProvince the GB/T 2260 two-digit province code of the tenant
     * @param write          whether the request changes data (anything but GET, HEAD, OPTIONS)
     */
    public static boolean allows(Caller caller, String tenant, String tenantProvince, boolean write) {
        if (caller.roles().contains(Roles.PLATFORM_ADMIN)) {
            return true;
        }
        if (caller.tenantClaim() != null) {
            return caller.tenantClaim().equals(tenant);
        }
        if (caller.roles().stream().anyMatch(Roles.CITY_OWN_STAFF::contains)) {
            return false;
        }
        if (caller.roles().contains(Roles.PROVINCE_ADMIN)) {
            return !write && caller.provinceClaim() != null && caller.provinceClaim().equals(tenantProvince);
        }
        return caller.roles().contains(Roles.WORKER) || caller.roles().contains(Roles.EMPLOYER);
    }

    /**
     * Whether the caller is the tenant's own staff — a city admin or station staff whose {@code tenant} claim names
     * it — or a platform admin: who may see how the city is run, beyond what {@link #allows} lets a worker or a
     * province admin read.
     */
    public static boolean isOwnStaff(Caller caller, String tenant) {
        if (caller.roles().contains(Roles.PLATFORM_ADMIN)) {
            return true;
        }
        return tenant.equals(caller.tenantClaim()) && caller.roles().stream().anyMatch(Roles.CITY_OWN_STAFF::contains);
    }

    /**
     * Whether the caller keeps a province's own lists (write and review): a platform admin, or a province admin whose
     * {@code province} claim names it and who carries no {@code tenant} claim. Cities read those lists through their
     * own tenant, never through this rule: it is the one place province admins write.
     */
    public static boolean governsProvince(Caller caller, String province) {
        if (caller.roles().contains(Roles.PLATFORM_ADMIN)) {
            return true;
        }
        return caller.roles().contains(Roles.PROVINCE_ADMIN) && caller.tenantClaim() == null
                && province.equals(caller.provinceClaim());
    }

    public static boolean isWrite(String httpMethod) {
        return !Set.of("GET", "HEAD", "OPTIONS").contains(httpMethod);
    }
}
