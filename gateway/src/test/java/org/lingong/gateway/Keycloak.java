package org.lingong.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real tokens from the test run's realm: password grant on the public {@code lingong-app} client, and throwaway users
 * with a {@code tenant} attribute created through the admin REST API (master realm admin) and deleted afterwards.
 */
final class Keycloak {

    static final String PASSWORD = "demo";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Tokens are reused until a minute before they expire (they live five minutes). */
    private static final Duration REUSE_MARGIN = Duration.ofMinutes(1);
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Keycloak() {
    }

    static String issuer() {
        return System.getProperty("LINGONG_ISSUER_URI", "http://127.0.0.1:18080/realms/lingong");
    }

    private static String baseUrl() {
        return System.getProperty("LINGONG_KEYCLOAK_URL", "http://127.0.0.1:18080");
    }

    private static String realm() {
        return System.getProperty("LINGONG_KEYCLOAK_REALM", "lingong");
    }

    /** An access token of a user of the run's realm, reused while it has more than a minute to live. */
    static String token(String username) {
        return TOKENS.compute(username, (user, cached) -> cached != null && Instant.ofEpochSecond(
                claims(cached).get("exp").asLong()).isAfter(Instant.now().plus(REUSE_MARGIN))
                ? cached : freshToken(user));
    }

    /** A newly issued access token of a user of the run's realm. */
    static String freshToken(String username) {
        return passwordGrant(issuer(), "lingong-app", username, PASSWORD);
    }

    /** A valid Keycloak token, but from the master realm: wrong issuer and audience for the gateway. */
    static String masterRealmToken() {
        return passwordGrant(baseUrl() + "/realms/master", "admin-cli", "admin", "admin");
    }

    /** The claims of a token, decoded without verification (for assertions only). */
    static JsonNode claims(String token) {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    /** Creates a user with a {@code tenant} attribute and one realm role; returns its user name. */
    static String createTenantUser(String tenant, String realmRole) {
        String username = "gw-test-" + tenant + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> user = Map.of(
                "username", username,
                "enabled", true,
                "email", username + "@example.cn",
                "emailVerified", true,
                "firstName", "测试",
                "lastName", "网关",
                "attributes", Map.of("tenant", List.of(tenant)),
                "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false)));
        HttpResponse<String> created = admin("POST", "/users", JSON.writeValueAsString(user));
        expect(created, 201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        HttpResponse<String> role = admin("GET", "/roles/" + realmRole, null);
        expect(role, 200);
        expect(admin("POST", "/users/" + id + "/role-mappings/realm", "[" + role.body() + "]"), 204);
        return username;
    }

    static void deleteUser(String username) {
        HttpResponse<String> found = admin("GET", "/users?exact=true&username=" + username, null);
        expect(found, 200);
        for (JsonNode user : JSON.readTree(found.body())) {
            expect(admin("DELETE", "/users/" + user.get("id").asString(), null), 204);
        }
        TOKENS.remove(username);
    }

    private static HttpResponse<String> admin(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/realms/" + realm() + path))
                .header("Authorization", "Bearer " + masterRealmToken());
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(method, body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static String passwordGrant(String realmUrl, String client, String username, String password) {
        String form = Map.of("grant_type", "password", "client_id", client, "username", username,
                        "password", password)
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        expect(response, 200);
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak unreachable: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " -> "
                    + response.statusCode() + ": " + response.body());
        }
    }
}
