package org.lingong.common.tenant;

import java.util.List;
import java.util.Set;

/**
 * The platform's realm roles, as Keycloak names them, and the sets of them the services grant things to — defined
 * once here for the gateway, tenant-core, search and the admin console. Spring Security carries a role as the
 * authority {@code ROLE_<role>} ({@link #authority}); {@link Allow} holds the same sets as the expressions
 * {@code @PreAuthorize} takes, which must be constants.
 */
public final class Roles {

    public static final String WORKER = "worker";
    public static final String EMPLOYER = "employer";
    public static final String STATION_STAFF = "station-staff";
    public static final String CITY_ADMIN = "city-admin";
    public static final String PROVINCE_ADMIN = "province-admin";
    public static final String PLATFORM_ADMIN = "platform-admin";

    /** Every role, from the widest reach down: the first one a user holds is the one shown with the name. */
    public static final List<String> ALL = List.of(PLATFORM_ADMIN, PROVINCE_ADMIN, CITY_ADMIN, STATION_STAFF,
            EMPLOYER, WORKER);

    /** A city's administrators, and the platform's, who may act for any city. */
    public static final Set<String> CITY_ADMINS = Set.of(CITY_ADMIN, PLATFORM_ADMIN);
    /** The city's own staff, without the platform's: e.g. who may look a worker up by resident ID number. */
    public static final Set<String> CITY_OWN_STAFF = Set.of(CITY_ADMIN, STATION_STAFF);
    /** Who runs a city's daily work: its administrators and station staff, and the platform's administrators. */
    public static final Set<String> CITY_STAFF = Set.of(CITY_ADMIN, STATION_STAFF, PLATFORM_ADMIN);
    /** Who may read a city's management data: its staff, the administrators of its province, the platform's. */
    public static final Set<String> CITY_READERS = Set.of(CITY_ADMIN, STATION_STAFF, PROVINCE_ADMIN, PLATFORM_ADMIN);
    /** Administrators at every level — a city's, its province's, the platform's: e.g. who reads an audit trail. */
    public static final Set<String> ADMINISTRATORS = Set.of(CITY_ADMIN, PROVINCE_ADMIN, PLATFORM_ADMIN);
    /** The employer's side of a job or order: the employer, or the city's staff acting for one without an account. */
    public static final Set<String> EMPLOYER_SIDE = Set.of(EMPLOYER, CITY_ADMIN, STATION_STAFF, PLATFORM_ADMIN);
    /** Either side of an order: its worker, its employer, or the city's staff. */
    public static final Set<String> ANY_SIDE = Set.of(WORKER, EMPLOYER, CITY_ADMIN, STATION_STAFF, PLATFORM_ADMIN);
    /** A worker acting for themself, or the city's staff acting for a worker (e.g. checking in at a market). */
    public static final Set<String> WORKER_SIDE = Set.of(WORKER, CITY_ADMIN, STATION_STAFF, PLATFORM_ADMIN);

    public static final String AUTHORITY_PREFIX = "ROLE_";

    private Roles() {
    }

    /** Spring Security's authority for a realm role, e.g. {@code ROLE_city-admin}. */
    public static String authority(String role) {
        return AUTHORITY_PREFIX + role;
    }

    /** Whether any of the authorities grants one of the roles. */
    public static boolean grants(Set<String> roles, Iterable<String> authorities) {
        for (String authority : authorities) {
            if (authority.startsWith(AUTHORITY_PREFIX) && roles.contains(authority.substring(AUTHORITY_PREFIX.length()))) {
                return true;
            }
        }
        return false;
    }

    /** The role sets as Spring Security expressions for {@code @PreAuthorize}; {@code RolesTests} keeps them equal. */
    public static final class Allow {

        public static final String WORKER = "hasRole('" + Roles.WORKER + "')";
        public static final String EMPLOYER = "hasRole('" + Roles.EMPLOYER + "')";
        public static final String CITY_ADMIN = "hasRole('" + Roles.CITY_ADMIN + "')";
        public static final String CITY_ADMINS = "hasAnyRole('" + Roles.CITY_ADMIN + "', '" + Roles.PLATFORM_ADMIN
                + "')";
        public static final String CITY_OWN_STAFF = "hasAnyRole('" + Roles.CITY_ADMIN + "', '" + Roles.STATION_STAFF
                + "')";
        public static final String CITY_STAFF = "hasAnyRole('" + Roles.CITY_ADMIN + "', '" + Roles.STATION_STAFF
                + "', '" + Roles.PLATFORM_ADMIN + "')";
        public static final String CITY_READERS = "hasAnyRole('" + Roles.CITY_ADMIN + "', '" + Roles.STATION_STAFF
                + "', '" + Roles.PROVINCE_ADMIN + "', '" + Roles.PLATFORM_ADMIN + "')";
        public static final String ADMINISTRATORS = "hasAnyRole('" + Roles.CITY_ADMIN + "', '" + Roles.PROVINCE_ADMIN
                + "', '" + Roles.PLATFORM_ADMIN + "')";
        public static final String EMPLOYER_SIDE = "hasAnyRole('" + Roles.EMPLOYER + "', '" + Roles.CITY_ADMIN
                + "', '" + Roles.STATION_STAFF + "', '" + Roles.PLATFORM_ADMIN + "')";
        public static final String ANY_SIDE = "hasAnyRole('" + Roles.WORKER + "', '" + Roles.EMPLOYER + "', '"
                + Roles.CITY_ADMIN + "', '" + Roles.STATION_STAFF + "', '" + Roles.PLATFORM_ADMIN + "')";
        public static final String WORKER_SIDE = "hasAnyRole('" + Roles.WORKER + "', '" + Roles.CITY_ADMIN + "', '"
                + Roles.STATION_STAFF + "', '" + Roles.PLATFORM_ADMIN + "')";

        private Allow() {
        }
    }
}
