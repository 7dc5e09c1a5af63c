package org.lingong.core.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lingong.common.tenant.TenantAccess;
import org.springframework.security.oauth2.jwt.Jwt;

/** Reads a Keycloak access token: realm roles, tenant membership and province. */
public final class Callers {

    private Callers() {
    }

    public static Set<String> roles(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
            return Set.of();
        }
        return Set.copyOf(roles.stream().map(String::valueOf).toList());
    }

    public static TenantAccess.Caller of(Jwt jwt) {
        return new TenantAccess.Caller(roles(jwt), jwt.getClaimAsString("tenant"), jwt.getClaimAsString("province"));
    }

    /** The service account of the platform's own services (client credentials on {@code lingong-services}). */
    public static boolean isPlatformService(Jwt jwt) {
        return List.of("lingong-services").contains(jwt.getClaimAsString("azp"));
    }
}
