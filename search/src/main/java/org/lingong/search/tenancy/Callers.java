package org.lingong.search.tenancy;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.lingong.common.tenant.TenantAccess;
import org.springframework.security.oauth2.jwt.Jwt;

/** Reads a Keycloak access token as {@link TenantAccess} needs it: realm roles, tenant membership and province. */
final class Callers {

    private Callers() {
    }

    static TenantAccess.Caller of(Jwt jwt) {
        return new TenantAccess.Caller(roles(jwt), jwt.getClaimAsString("tenant"), jwt.getClaimAsString("province"));
    }

    private static Set<String> roles(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
            return Set.of();
        }
        return Set.copyOf(roles.stream().map(String::valueOf).toList());
    }
}
