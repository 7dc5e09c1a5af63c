package org.lingong.core.orders;

import java.util.Set;
import java.util.stream.Collectors;
import org.lingong.common.tenant.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who acts on an order: the token subject and the sides its realm roles allow. */
record Caller(String account, Set<String> roles) {

    static Caller of(Authentication authentication) {
        return new Caller(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet()));
    }

    boolean isStaff() {
        return Roles.grants(Roles.CITY_STAFF, roles);
    }

    boolean isWorker() {
        return roles.contains(Roles.authority(Roles.WORKER));
    }

    boolean isEmployer() {
        return roles.contains(Roles.authority(Roles.EMPLOYER));
    }
}
