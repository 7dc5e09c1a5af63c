package org.lingong.core.identity;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lingong.common.tenant.TenantCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Keycloak's admin REST API, as the platform service account: a tenant's users — tenant membership as the admin-only
 * {@code tenant} attribute, mapped into tokens — created with one realm role, listed by role, enabled and disabled.
 * The only place that talks to Keycloak's admin API.
 */
@Component
public class KeycloakUsers {

    private static final Logger log = LoggerFactory.getLogger(KeycloakUsers.class);
    /** Role members are read in pages of this size. */
    private static final int PAGE = 500;

    private final RestClient admin;

    KeycloakUsers(RestClient.Builder builder, OAuth2ClientHttpRequestInterceptor serviceToken,
                  @Value("${lingong.keycloak.url}") String keycloakUrl,
                  @Value("${lingong.keycloak.realm}") String realm) {
        this.admin = builder.clone().baseUrl(keycloakUrl + "/admin/realms/" + realm).requestInterceptor(serviceToken)
                .build();
    }

    public record NewUser(String username, String email, String firstName, String lastName, String password,
                          boolean temporaryPassword) {

        @Override
        public String toString() {
            return "NewUser[username=" + username + "]";
        }
    }

    /** A user as Keycloak holds it; {@code tenant} is empty for users of no city (workers, platform staff). */
    public record Account(String id, String username, String lastName, String firstName, String email,
                          boolean enabled, Instant created, Optional<String> tenant) {
    }

    /** Keycloak refused a new user because its user name or e-mail address is taken; {@code field} says which. */
    public static final class UserExists extends RuntimeException {

        private final String field;

        UserExists(String field) {
            super("a user with the same " + field + " exists");
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private record UserRepresentation(String id, String username, String firstName, String lastName, String email,
                                      Boolean enabled, Long createdTimestamp, Map<String, List<String>> attributes) {

        Account account() {
            List<String> tenant = attributes == null ? List.of() : attributes.getOrDefault("tenant", List.of());
            return new Account(id, username, lastName, firstName, email, Boolean.TRUE.equals(enabled),
                    createdTimestamp == null ? null : Instant.ofEpochMilli(createdTimestamp),
                    tenant.stream().findFirst());
        }
    }

    private record RoleRepresentation(String id, String name) {
    }

    private record ErrorRepresentation(String errorMessage) {
    }

    /** Creates the user with the role in the tenant, or, when it exists already, makes sure of both. */
    public void ensureTenantUser(TenantCode tenant, NewUser user, String realmRole) {
        String id = find(user.username()).map(UserRepresentation::id).orElseGet(() -> create(tenant, user));
        grant(id, realmRole);
    }

    /**
     * Creates a new user with the role in the tenant and returns its id. Never leaves half a user: when the role
     * cannot be granted, the user is deleted again.
     *
     * @throws UserExists when the user name or the e-mail address is taken
     */
    public String createTenantUser(TenantCode tenant, NewUser user, String realmRole) {
        String id = create(tenant, user);
        try {
            grant(id, realmRole);
        } catch (RuntimeException e) {
            deleteQuietly(id, e);
            throw e;
        }
        return id;
    }

    /** The tenant's users holding the role directly, in Keycloak's order. */
    public List<Account> tenantUsersWithRole(TenantCode tenant, String realmRole) {
        // Keycloak filters by role or by attribute, not both: read the role's members page by page and keep the
        // tenant's. A role's members across all cities stay in the thousands; a city's attribute search would include
        // its employers too.
        List<Account> accounts = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            UserRepresentation[] page = admin.get()
                    .uri("/roles/{role}/users?briefRepresentation=false&first={first}&max={max}", realmRole, first, PAGE)
                    .retrieve().body(UserRepresentation[].class);
            Arrays.stream(page).map(UserRepresentation::account)
                    .filter(account -> account.tenant().equals(Optional.of(tenant.value())))
                    .forEach(accounts::add);
            if (page.length < PAGE) {
                return accounts;
            }
        }
    }

    /** The user with this id, if there is one. */
    public Optional<Account> byId(String id) {
        try {
            return Optional.of(admin.get().uri("/users/{id}", id)
                    .retrieve().body(UserRepresentation.class).account());
        } catch (HttpClientErrorException.NotFound e) {
            return Optional.empty();
        }
    }

    /** The realm roles granted to the user directly. */
    public Set<String> realmRoles(String id) {
        RoleRepresentation[] roles = admin.get().uri("/users/{id}/role-mappings/realm", id)
                .retrieve().body(RoleRepresentation[].class);
        return Arrays.stream(roles).map(RoleRepresentation::name).collect(Collectors.toUnmodifiableSet());
    }

    /** Lets the user sign in again, or stops it; its sessions end when it is disabled. */
    public void setEnabled(String id, boolean enabled) {
        admin.put().uri("/users/{id}", id)
                .body(Map.of("enabled", enabled)).retrieve().toBodilessEntity();
    }

    public void delete(String id) {
        admin.delete().uri("/users/{id}", id)
                .retrieve().toBodilessEntity();
    }

    /** Disables every user of the tenant (offboarding keeps accounts for audit, but nobody can sign in). */
    public int disableTenantUsers(TenantCode tenant) {
        UserRepresentation[] users = admin.get().uri("/users?q=tenant:{tenant}&max=10000", tenant.value())
                .retrieve().body(UserRepresentation[].class);
        for (UserRepresentation user : users) {
            setEnabled(user.id(), false);
        }
        return users.length;
    }

    private Optional<UserRepresentation> find(String username) {
        UserRepresentation[] found = admin.get().uri("/users?username={u}&exact=true", username)
                .retrieve().body(UserRepresentation[].class);
        return found == null || found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    private String create(TenantCode tenant, NewUser user) {
        Map<String, Object> representation = Map.of(
                "username", user.username(),
                "email", user.email(),
                "emailVerified", true,
                "firstName", user.firstName(),
                "lastName", user.lastName(),
                "enabled", true,
                "attributes", Map.of("tenant", List.of(tenant.value())),
                "requiredActions", user.temporaryPassword() ? List.of("UPDATE_PASSWORD") : List.of(),
                "credentials", List.of(Map.of("type", "password", "value", user.password(),
                        "temporary", user.temporaryPassword())));
        URI location;
        try {
            location = admin.post().uri("/users")
                    .body(representation).retrieve().toBodilessEntity().getHeaders().getLocation();
        } catch (HttpClientErrorException.Conflict e) {
            String message = String.valueOf(e.getResponseBodyAs(ErrorRepresentation.class).errorMessage());
            throw new UserExists(message.toLowerCase().contains("email") ? "email" : "username");
        }
        String path = location.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private void grant(String id, String realmRole) {
        RoleRepresentation role = admin.get().uri("/roles/{role}", realmRole)
                .retrieve().body(RoleRepresentation.class);
        admin.post().uri("/users/{id}/role-mappings/realm", id)
                .body(List.of(role)).retrieve().toBodilessEntity();
    }

    /** Undoes a creation that failed half-way; a failure here is logged, the original failure is what the caller sees. */
    private void deleteQuietly(String id, RuntimeException cause) {
        try {
            delete(id);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
            log.error("user {} was created without its role and could not be deleted: {}", id, e.getMessage());
        }
    }
}
