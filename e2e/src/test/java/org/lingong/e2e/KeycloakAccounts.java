package org.lingong.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lingong.devstack.DemoTenants;
import org.lingong.devstack.DevStack;

/**
 * Throwaway accounts in the real Keycloak realm — a city's {@code tenant} attribute and one realm role — made through
 * its admin API (the dev stack's master admin) and deleted when the test is done.
 */
final class KeycloakAccounts implements AutoCloseable {

    private static final String PASSWORD = "e2e-pass-1";

    private final DevStack stack;
    private final List<String> created = new ArrayList<>();

    KeycloakAccounts(DevStack stack) {
        this.stack = stack;
    }

    /** Creates an account and returns its access token. */
    String create(String tenant, String realmRole) {
        String username = "e2e-" + realmRole + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> user = Map.of("username", username, "enabled", true, "emailVerified", true,
                "email", username + "@e2e.lingong.invalid", "firstName", "测试", "lastName", "用户",
                "attributes", Map.of("tenant", List.of(tenant)),
                "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false)));
        Http.Response made = admin("POST", "/users", Http.JSON.writeValueAsString(user));
        if (made.status() != 201) {
            throw new IllegalStateException("user not created: " + made.raw().body());
        }
        String location = made.header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        created.add(id);
        Http.Response role = admin("GET", "/roles/" + realmRole, null);
        Http.Response mapped = admin("POST", "/users/" + id + "/role-mappings/realm", "[" + role.raw().body() + "]");
        if (mapped.status() != 204) {
            throw new IllegalStateException("role not granted: " + mapped.raw().body());
        }
        return DemoTenants.passwordGrantToken(stack, username, PASSWORD);
    }

    /** Deletes, with the others, an account made elsewhere (e.g. in the console) when the test is done. */
    void deleteAfterwards(String username) {
        Http.Response found = admin("GET", "/users?exact=true&username=" + username, null);
        found.body().valueStream().forEach(user -> created.add(user.get("id").asString()));
    }

    @Override
    public void close() {
        created.forEach(id -> admin("DELETE", "/users/" + id, null));
    }

    private Http.Response admin(String method, String path, String body) {
        String token = Http.send("POST", stack.keycloakUrl() + "/realms/master/protocol/openid-connect/token", null,
                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "grant_type=password&client_id=admin-cli&username=admin&password=admin").body().get("access_token")
                .asString();
        return Http.send(method, stack.keycloakUrl() + "/admin/realms/lingong" + path, token, Map.of(), body);
    }
}
