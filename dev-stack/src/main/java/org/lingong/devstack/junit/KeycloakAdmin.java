package org.lingong.devstack.junit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Keycloak's admin REST API as the master administrator: realms and accounts of a test run's own. */
public final class KeycloakAdmin {

    /** An answer of the admin API. */
    public record Response(int status, String body, String location) {

        public JsonNode json() {
            return JSON.readTree(body.isBlank() ? "null" : body);
        }
    }

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final String REALM_FILE = "/keycloak/lingong-realm.json";

    private final Supplier<String> url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public KeycloakAdmin(KeycloakServer server) {
        this.url = server::url;
    }

    /** The admin API of the Keycloak at this address, e.g. {@code http://127.0.0.1:18080}. */
    public KeycloakAdmin(String url) {
        this.url = () -> url;
    }

    /** A request below {@code /admin/realms}, e.g. {@code ("POST", "/lingong/users", json)}. */
    public Response send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.get() + "/admin/realms" + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token())
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = exchange(request.build());
        return new Response(response.statusCode(), response.body(),
                response.headers().firstValue("Location").orElse(null));
    }

    /** Creates a realm from the platform's realm file under another name: its clients, roles and demo logins. */
    public void createRealm(String name) {
        try (InputStream in = KeycloakAdmin.class.getResourceAsStream(REALM_FILE)) {
            createRealm(name, (ObjectNode) JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates a realm from a realm document under another name. Its groups get ids of their own, derived from the
     * name: the fine-grained admin permissions name groups by id, and ids are unique across all realms of a Keycloak,
     * so a second copy of a realm file with fixed group ids would otherwise be refused.
     */
    public void createRealm(String name, ObjectNode realm) {
        String document = realm.deepCopy().put("realm", name).toString();
        for (JsonNode group : realm.path("groups")) {
            if (group.hasNonNull("id")) {
                String id = group.get("id").asString();
                document = document.replace(id, UUID.nameUUIDFromBytes((name + "/" + id).getBytes(
                        StandardCharsets.UTF_8)).toString());
            }
        }
        Response created = send("POST", "", document);
        if (created.status() != 201) {
            throw new IllegalStateException("realm " + name + " not created: " + created.status() + " "
                    + created.body());
        }
    }

    /**
     * Changes settings of the phone sign-in (the {@code lingong-phone-code} authenticator's configuration) in a realm,
     * e.g. {@code tenantCoreUrl} for a platform on other ports than the realm file's. Returns what the changed
     * settings were before, to put back.
     */
    public Map<String, String> configurePhoneSignIn(String realm, Map<String, String> settings) {
        JsonNode execution = send("GET", "/" + realm + "/authentication/flows/"
                + URLEncoder.encode("lingong browser forms", StandardCharsets.UTF_8).replace("+", "%20")
                + "/executions", null).json().valueStream()
                .filter(e -> "lingong-phone-code".equals(e.path("providerId").asString())).findFirst()
                .orElseThrow(() -> new IllegalStateException("realm " + realm + " has no phone sign-in"));
        String path = "/" + realm + "/authentication/config/" + execution.get("authenticationConfig").asString();
        ObjectNode config = (ObjectNode) send("GET", path, null).json();
        Map<String, String> before = new java.util.HashMap<>();
        settings.keySet().forEach(key -> before.put(key, config.get("config").path(key).asString("")));
        settings.forEach(((ObjectNode) config.get("config"))::put);
        Response changed = send("PUT", path, config.toString());
        if (changed.status() != 204) {
            throw new IllegalStateException("phone sign-in of " + realm + " not changed: " + changed.status());
        }
        return before;
    }

    /** Deletes a realm with its users; nothing happens when it does not exist. */
    public void deleteRealm(String name) {
        Response deleted = send("DELETE", "/" + name, null);
        if (deleted.status() != 204 && deleted.status() != 404) {
            throw new IllegalStateException("realm " + name + " not deleted: " + deleted.status() + " "
                    + deleted.body());
        }
    }

    /** The names of the realms that start with {@code prefix}. */
    public List<String> realms(String prefix) {
        return send("GET", "?briefRepresentation=true", null).json().valueStream()
                .map(realm -> realm.get("realm").asString()).filter(name -> name.startsWith(prefix)).toList();
    }

    private String token() {
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(KeycloakServer.ADMIN, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(KeycloakServer.ADMIN, StandardCharsets.UTF_8);
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(
                        URI.create(url.get() + "/realms/master/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no Keycloak admin token: " + response.statusCode() + " "
                    + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
