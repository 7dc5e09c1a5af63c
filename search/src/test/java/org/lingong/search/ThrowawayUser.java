package org.lingong.search;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * A real user of the dev-stack realm made for one test class through Keycloak's admin API (dev-stack's master admin),
 * a member of one tenant through the admin-only {@code tenant} attribute; {@link #close()} deletes it.
 */
public final class ThrowawayUser implements AutoCloseable {


    private final RestClient admin;
    private final String id;
    private final String username;
    private final String password = UUID.randomUUID().toString();

    private ThrowawayUser(String tenant, String realmRole) {
        // The test run's realm, the one its tokens come from.
        String keycloak = Tokens.issuer().substring(0, Tokens.issuer().indexOf("/realms/"));
        String realm = Tokens.issuer().substring(Tokens.issuer().indexOf("/realms/") + "/realms/".length());
        this.admin = RestClient.builder().baseUrl(keycloak + "/admin/realms/" + realm)
                .requestInterceptor((request, body, execution) -> {
                    // Master admin tokens live a minute; the deletion may come later than that.
                    request.getHeaders().setBearerAuth(masterAdminToken(keycloak));
                    return execution.execute(request, body);
                })
                .build();
        this.username = "search-test-" + UUID.randomUUID().toString().substring(0, 8);
        URI location = admin.post().uri("/users")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "enabled", true,
                        "email", username + "@example.org", "emailVerified", true,
                        "firstName", "Search", "lastName", "Test",
                        "attributes", Map.of("tenant", List.of(tenant)),
                        "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .retrieve()
                .toBodilessEntity()
                .getHeaders().getLocation();
        String path = location.getPath();
        this.id = path.substring(path.lastIndexOf('/') + 1);
        JsonNode role = admin.get().uri("/roles/{role}", realmRole).retrieve().body(JsonNode.class);
        admin.post().uri("/users/{id}/role-mappings/realm", id)
                .contentType(MediaType.APPLICATION_JSON)
                .body(List.of(role))
                .retrieve()
                .toBodilessEntity();
    }

    /** A city admin of {@code tenant}. */
    public static ThrowawayUser cityAdmin(String tenant) {
        return of(tenant, "city-admin");
    }

    /** A member of {@code tenant} with one realm role, e.g. {@code station-staff}. */
    public static ThrowawayUser of(String tenant, String realmRole) {
        return new ThrowawayUser(tenant, realmRole);
    }

    public String token() {
        return Tokens.user(username, password);
    }

    @Override
    public void close() {
        admin.delete().uri("/users/{id}", id).retrieve().toBodilessEntity();
    }

    private static String masterAdminToken(String keycloak) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "password");
        form.add("client_id", "admin-cli");
        form.add("username", "admin");
        form.add("password", "admin");
        return RestClient.create().post()
                .uri(keycloak + "/realms/master/protocol/openid-connect/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(JsonNode.class)
                .required("access_token").asString();
    }
}
