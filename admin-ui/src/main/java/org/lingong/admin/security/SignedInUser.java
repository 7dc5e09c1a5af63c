package org.lingong.admin.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lingong.common.tenant.Roles;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in user as the views show them.
 *
 * @param username   Keycloak user name
 * @param familyName family name, may be empty
 * @param givenName  given name, may be empty
 * @param roles      the platform roles held, widest first (see {@link Roles#ALL})
 * @param tenant     tenant code from the {@code tenant} claim, for bureau users
 * @param province   GB/T 2260 province code from the {@code province} claim, for provincial admins
 */
public record SignedInUser(String username, String familyName, String givenName, List<String> roles,
        Optional<String> tenant, Optional<String> province) {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    public static SignedInUser current(AuthenticationContext authentication) {
        return authentication.getAuthenticatedUser(OidcUser.class)
                .map(SignedInUser::of)
                .orElseThrow(() -> new IllegalStateException("No signed-in OpenID Connect user"));
    }

    static SignedInUser of(OidcUser user) {
        List<String> held = user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(Roles.AUTHORITY_PREFIX))
                .map(authority -> authority.substring(Roles.AUTHORITY_PREFIX.length()))
                .toList();
        return new SignedInUser(user.getPreferredUsername(),
                Optional.ofNullable(user.getFamilyName()).orElse(""),
                Optional.ofNullable(user.getGivenName()).orElse(""),
                Roles.ALL.stream().filter(held::contains).toList(),
                nonBlank(user.getClaimAsString("tenant")),
                nonBlank(user.getClaimAsString("province")));
    }

    /** Chinese names read family name first with no space; others given name first. Falls back to the user name. */
    public String displayName() {
        String name = HAN.matcher(familyName + givenName).find()
                ? familyName + givenName
                : (givenName + " " + familyName).strip();
        return name.isEmpty() ? username : name;
    }

    /** The role shown next to the name: the widest one held. */
    public Optional<String> primaryRole() {
        return roles.stream().findFirst();
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
