package org.lingong.admin.security;

import java.util.List;

/**
 * The platform's realm roles, as named in Keycloak. Spring authorities carry them with the {@code ROLE_} prefix, so
 * they work in {@code @RolesAllowed(Roles.CITY_ADMIN)}.
 */
public final class Roles {

    public static final String WORKER = "worker";
    public static final String EMPLOYER = "employer";
    public static final String STATION_STAFF = "station-staff";
    public static final String CITY_ADMIN = "city-admin";
    public static final String PROVINCE_ADMIN = "province-admin";
    public static final String PLATFORM_ADMIN = "platform-admin";

    /** Ordered from the widest reach down: the first one a user holds is the one shown next to the name. */
    public static final List<String> ALL =
            List.of(PLATFORM_ADMIN, PROVINCE_ADMIN, CITY_ADMIN, STATION_STAFF, EMPLOYER, WORKER);

    private Roles() {
    }
}
