package org.lingong.core.people;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lingong.core.Api;
import tools.jackson.databind.JsonNode;

/**
 * Throwaway users in the test run's Keycloak realm, made through the master admin API (the dev stack's admin/admin)
 * and deleted after the test class.
 */
public final class KeycloakTestUsers implements AutoCloseable {

    private static final String KEYCLOAK = System.getProperty("LINGONG_KEYCLOAK_URL", "http://127.0.0.1:18080");
    private static final String REALM = KEYCLOAK + "/admin/realms/"
            + System.getProperty("LINGONG_KEYCLOAK_REALM", "lingong");
    public static final String PASSWORD = "test-pass-1";

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> created = new ArrayList<>();

    /** A fresh master-realm admin token each time: they live only a minute. */
    private String adminToken() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(KEYCLOAK
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password="
                        + URLEncoder.encode("admin", StandardCharsets.UTF_8))).build());
        return Api.JSON.readTree(response.body()).get("access_token").asString();
    }

    /** Creates a user with a realm role and a {@code tenant} attribute; returns its user name. */
    public String create(String username, String realmRole, String tenant) {
        return create(username, tenant, List.of(realmRole));
    }

    /**
     * Creates a user with several realm roles (e.g. a worker who is also an employer) and the {@code tenant} attribute
     * of its city, or none when {@code tenant} is {@code null} (a worker's national account); returns its user name.
     */
    public String create(String username, String tenant, List<String> realmRoles) {
        Map<String, Object> user = new HashMap<>(Map.of("username", username, "enabled", true, "emailVerified", true,
                "email", username + "@test.lingong.invalid", "firstName", "测试", "lastName", "用户",
                "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))));
        if (tenant != null) {
            user.put("attributes", Map.of("tenant", List.of(tenant)));
        }
        HttpResponse<String> response = send(admin("/users").POST(json(user)).build());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("user not created: " + response.body());
        }
        String location = response.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        created.add(id);
        List<Map<String, String>> roles = realmRoles.stream().map(name -> {
            JsonNode role = Api.JSON.readTree(send(admin("/roles/" + name).GET().build()).body());
            return Map.of("id", role.get("id").asString(), "name", name);
        }).toList();
        send(admin("/users/" + id + "/role-mappings/realm").POST(json(roles)).build());
        return username;
    }

    /** Deletes, with the others, a user made elsewhere (e.g. through tenant-core's API) when the test is done. */
    public void deleteAfterwards(String id) {
        created.add(id);
    }

    /** The user's full representation, or {@code null} when there is no such user name. */
    public JsonNode find(String username) {
        JsonNode found = Api.JSON.readTree(send(admin("/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)).GET().build()).body());
        return found.isEmpty() ? null : found.get(0);
    }

    /** The users whose attribute has exactly this value (e.g. the national account of a phone). */
    public List<JsonNode> withAttribute(String name, String value) {
        return Api.JSON.readTree(send(admin("/users?exact=true&briefRepresentation=false&q="
                + URLEncoder.encode(name + ":" + value, StandardCharsets.UTF_8)).GET().build()).body())
                .valueStream().toList();
    }

    /** The names of the realm roles the user holds, directly or through its groups. */
    public List<String> realmRoles(String id) {
        return Api.JSON.readTree(send(admin("/users/" + id + "/role-mappings/realm/composite").GET().build()).body())
                .valueStream().map(role -> role.get("name").asString()).toList();
    }

    /** The names of the user's groups. */
    public List<String> groups(String id) {
        return Api.JSON.readTree(send(admin("/users/" + id + "/groups").GET().build()).body())
                .valueStream().map(group -> group.get("name").asString()).toList();
    }

    @Override
    public void close() {
        for (String id : created) {
            send(admin("/users/" + id).DELETE().build());
        }
    }

    private HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(URI.create(REALM + path)).header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        return HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
