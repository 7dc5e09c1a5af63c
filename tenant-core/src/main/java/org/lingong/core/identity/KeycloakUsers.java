package org.lingong.core.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lingong.common.tenant.TenantCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Keycloak's admin REST API, as the platform service account: creates a tenant's first city administrator — tenant
 * membership as the admin-only {@code tenant} attribute, mapped into tokens — idempotently.
 */
@Component
public class KeycloakUsers {

    private final RestClient admin;
    private final ServiceToken token;

    KeycloakUsers(RestClient.Builder builder, ServiceToken token,
                  @Value("${lingong.keycloak.url}") String keycloakUrl,
                  @Value("${lingong.keycloak.realm}") String realm) {
        this.admin = builder.baseUrl(keycloakUrl + "/admin/realms/" + realm).build();
        this.token = token;
    }

    public record NewUser(String username, String email, String firstName, String lastName, String password,
                          boolean temporaryPassword) {
    }

    private record UserRepresentation(String id, String username, Map<String, List<String>> attributes) {
    }

    private record RoleRepresentation(String id, String name) {
    }

    /** Creates the user with the role in the tenant, or, when it exists already, makes sure of both. */
    public void ensureTenantUser(TenantCode tenant, NewUser user, String realmRole) {
        String id = find(user.username()).map(UserRepresentation::id).orElseGet(() -> create(tenant, user));
        RoleRepresentation role = admin.get().uri("/roles/{role}", realmRole).header(HttpHeaders.AUTHORIZATION, token.bearer())
                .retrieve().body(RoleRepresentation.class);
        admin.post().uri("/users/{id}/role-mappings/realm", id).header(HttpHeaders.AUTHORIZATION, token.bearer())
                .body(List.of(role)).retrieve().toBodilessEntity();
    }

    /** Disables every user of the tenant (offboarding keeps accounts for audit, but nobody can sign in). */
    public int disableTenantUsers(TenantCode tenant) {
        UserRepresentation[] users = admin.get().uri("/users?q=tenant:{tenant}&max=10000", tenant.value())
                .header(HttpHeaders.AUTHORIZATION, token.bearer()).retrieve().body(UserRepresentation[].class);
        for (UserRepresentation user : users) {
            admin.put().uri("/users/{id}", user.id()).header(HttpHeaders.AUTHORIZATION, token.bearer())
                    .body(Map.of("enabled", false)).retrieve().toBodilessEntity();
        }
        return users.length;
    }

    private Optional<UserRepresentation> find(String username) {
        UserRepresentation[] found = admin.get().uri("/users?username={u}&exact=true", username)
                .header(HttpHeaders.AUTHORIZATION, token.bearer()).retrieve().body(UserRepresentation[].class);
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
                "credentials", List.of(Map.of("type", "password", "value", user.password(),
                        "temporary", user.temporaryPassword())));
        admin.post().uri("/users").header(HttpHeaders.AUTHORIZATION, token.bearer())
                .body(representation).retrieve().toBodilessEntity();
        return find(user.username()).orElseThrow().id();
    }
}
