package org.lingong.core.security;

import java.util.Set;
import org.lingong.common.tenant.TenantAccess;
import org.springframework.security.oauth2.jwt.Jwt;

/** Reads a Keycloak access token: realm roles, tenant membership and province. */
final class Callers {

    private Callers() {
    }

    public static Set<String> roles(Jwt jwt) {
        return of(jwt).roles();
    }

    public static TenantAccess.Caller of(Jwt jwt) {
        return TenantAccess.Caller.fromClaims(jwt.getClaims());
    }
}
