package org.lingong.admin.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.lingong.common.tenant.Roles;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Reads Keycloak's {@code realm_access.roles} claim into {@code ROLE_<role>} authorities. */
final class RealmRoles {

    private RealmRoles() {
    }

    static List<GrantedAuthority> authorities(Map<String, Object> claims) {
        if (!(claims.get("realm_access") instanceof Map<?, ?> realmAccess)
                || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
            return List.of();
        }
        return roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(Roles.authority(String.valueOf(role))))
                .toList();
    }
}
