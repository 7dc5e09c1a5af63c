package org.lingong.admin.security;

import org.lingong.common.tenant.Roles;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

class SignedInUserTests {

    @Test
    void realmRolesBecomeRoleAuthorities() {
        Map<String, Object> claims = Map.of("realm_access",
                Map.of("roles", List.of("default-roles-lingong", "city-admin")));

        assertThat(RealmRoles.authorities(claims)).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_default-roles-lingong", "ROLE_city-admin");
    }

    @Test
    void tokenWithoutRealmRolesGivesNoAuthorities() {
        assertThat(RealmRoles.authorities(Map.of("realm_access", Map.of()))).isEmpty();
        assertThat(RealmRoles.authorities(Map.of())).isEmpty();
    }

    @Test
    void keepsOnlyPlatformRolesWidestFirst() {
        SignedInUser user = SignedInUser.of(oidcUser(
                Map.of("preferred_username", "su"), "worker", "offline_access", "province-admin", "city-admin"));

        assertThat(user.roles()).containsExactly(Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.WORKER);
        assertThat(user.primaryRole()).contains(Roles.PROVINCE_ADMIN);
    }

    @Test
    void chineseNamesReadFamilyNameFirst() {
        SignedInUser user = SignedInUser.of(oidcUser(
                Map.of("preferred_username", "worker-zhang", "given_name", "伟", "family_name", "张")));

        assertThat(user.displayName()).isEqualTo("张伟");
    }

    @Test
    void otherNamesReadGivenNameFirstAndFallBackToTheUserName() {
        assertThat(SignedInUser.of(oidcUser(Map.of("preferred_username", "ops",
                "given_name", "Ada", "family_name", "Lovelace"))).displayName()).isEqualTo("Ada Lovelace");
        assertThat(SignedInUser.of(oidcUser(Map.of("preferred_username", "ops"))).displayName()).isEqualTo("ops");
    }

    @Test
    void readsTenantAndProvinceClaims() {
        SignedInUser bureau = SignedInUser.of(oidcUser(Map.of("preferred_username", "a", "tenant", "suqian")));
        SignedInUser province = SignedInUser.of(oidcUser(Map.of("preferred_username", "b", "province", "32")));

        assertThat(bureau.tenant()).contains("suqian");
        assertThat(bureau.province()).isEmpty();
        assertThat(province.province()).contains("32");
        assertThat(province.tenant()).isEmpty();
    }

    private static DefaultOidcUser oidcUser(Map<String, Object> claims, String... realmRoles) {
        Map<String, Object> idClaims = new HashMap<>(claims);
        idClaims.put("sub", "f0e1d2c3");
        OidcIdToken idToken = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(300), idClaims);
        List<GrantedAuthority> authorities =
                new ArrayList<>(RealmRoles.authorities(Map.of("realm_access", Map.of("roles", List.of(realmRoles)))));
        return new DefaultOidcUser(authorities, idToken, "preferred_username");
    }
}
