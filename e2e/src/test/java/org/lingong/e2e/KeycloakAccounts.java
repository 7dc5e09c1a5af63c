package org.lingong.e2e;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lingong.devstack.DemoTenants;
import org.lingong.devstack.junit.KeycloakAdmin;

/**
 * Throwaway accounts of a test in the run's realm — a city's {@code tenant} attribute and one realm role — made through
 * Keycloak's admin API and deleted when the test is done, so no test shares a login with another.
 */
final class KeycloakAccounts implements AutoCloseable {

    private static final String PASSWORD = "e2e-pass-1";

    private final KeycloakAdmin admin = RunningPlatform.keycloak();
    private final String realm = "/" + RunningPlatform.realm();
    private final List<String> created = new ArrayList<>();

    /** An account made here: its Keycloak id, user name and a fresh access token. */
    record Account(String id, String username, String token) {
    }

    /** Creates an account and returns its access token. */
    String create(String tenant, String realmRole) {
        return account(tenant, realmRole).token();
    }

    /** Creates an account of the city {@code tenant} (none when {@code null}, as a worker's) with one realm role. */
    Account account(String tenant, String realmRole) {
        String username = "e2e-" + realmRole + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> user = new HashMap<>(Map.of("username", username, "enabled", true, "emailVerified", true,
                "email", username + "@e2e.lingong.invalid", "firstName", "测试", "lastName", "用户",
                "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))));
        if (tenant != null) {
            user.put("attributes", Map.of("tenant", List.of(tenant)));
        }
        KeycloakAdmin.Response made = admin.send("POST", realm + "/users", Http.JSON.writeValueAsString(user));
        if (made.status() != 201) {
            throw new IllegalStateException("user not created: " + made.body());
        }
        String id = made.location().substring(made.location().lastIndexOf('/') + 1);
        created.add(id);
        KeycloakAdmin.Response role = admin.send("GET", realm + "/roles/" + realmRole, null);
        KeycloakAdmin.Response mapped = admin.send("POST", realm + "/users/" + id + "/role-mappings/realm",
                "[" + role.body() + "]");
        if (mapped.status() != 204) {
            throw new IllegalStateException("role not granted: " + mapped.body());
        }
        return new Account(id, username, DemoTenants.passwordGrantToken(RunningPlatform.issuerUri(), username, PASSWORD));
    }

    /** The password of every account made here. */
    static String password() {
        return PASSWORD;
    }

    /** Deletes, with the others, an account made elsewhere (e.g. in the console) when the test is done. */
    void deleteAfterwards(String username) {
        admin.send("GET", realm + "/users?exact=true&username=" + username, null).json().valueStream()
                .forEach(user -> created.add(user.get("id").asString()));
    }

    @Override
    public void close() {
        created.forEach(id -> admin.send("DELETE", realm + "/users/" + id, null));
    }
}
