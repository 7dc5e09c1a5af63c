package org.lingong.core.orders;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who acts on an order: the token subject and the sides its realm roles allow. */
record Caller(String account, Set<String> roles) {

    private static final Set<String> STAFF = Set.of("ROLE_city-admin", "ROLE_station-staff", "ROLE_platform-admin");

    static Caller of(Authentication authentication) {
        return new Caller(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(java.util.stream.Collectors.toSet()));
    }

    boolean isStaff() {
        return roles.stream().anyMatch(STAFF::contains);
    }

    boolean isWorker() {
        return roles.contains("ROLE_worker");
    }

    boolean isEmployer() {
        return roles.contains("ROLE_employer");
    }
}
