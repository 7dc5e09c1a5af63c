package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.Platform;
import tools.jackson.databind.JsonNode;

/**
 * The attack of issue 13 item 7: someone holding a service's client credentials (read from a pod) uses them against
 * Keycloak's admin API and the other services' {@code /internal} APIs. tenant-core's may open and close the city
 * accounts it manages and nothing else — never make a platform admin, never touch another account; the gateway's and
 * search's reach no admin API at all; each opens only the internal API its service calls.
 */
@ExtendWith(RunningPlatform.class)
class ServiceAccountPrivilegeTests {

    private static final String KEYCLOAK = RunningPlatform.keycloakUrl() + "/admin/realms/";

    @Test
    void tenantCoresCredentialsCannotMakeAPlatformAdminNorTouchOtherAccounts() {
        String tenantCore = RunningPlatform.serviceToken("lingong-tenant-core", "lingong-tenant-core-dev-secret");
        try (KeycloakAccounts accounts = new KeycloakAccounts()) {
            String worker = accounts.account(null, "worker").id();
            JsonNode platformAdminRole = RunningPlatform.keycloak()
                    .send("GET", "/" + RunningPlatform.realm() + "/roles/platform-admin", null).json();

            Http.Response grant = admin("POST", "/users/" + worker + "/role-mappings/realm", tenantCore,
                    "[" + platformAdminRole + "]");
            assertThat(grant.status()).as(grant.raw().body()).isEqualTo(403);
            assertThat(realmRoles(worker)).doesNotContain("platform-admin");

            String platformAdmin = userId("platform-admin");
            Http.Response reset = admin("PUT", "/users/" + platformAdmin + "/reset-password", tenantCore,
                    "{\"type\":\"password\",\"value\":\"Taken-Over-2026!\",\"temporary\":false}");
            assertThat(reset.status()).as(reset.raw().body()).isEqualTo(403);
            assertThat(RunningPlatform.token("platform-admin")).isNotBlank();

            Http.Response disable = admin("PUT", "/users/" + platformAdmin, tenantCore, "{\"enabled\":false}");
            assertThat(disable.status()).isEqualTo(403);

            Http.Response list = admin("GET", "/users?username=platform-admin&exact=true", tenantCore, null);
            assertThat(list.status() == 403 || list.body().isEmpty()).as(list.raw().body()).isTrue();

            // tenant-core only ever opens city accounts; a plain account — outside the city groups — is refused.
            String username = "e2e-plain-" + System.nanoTime();
            Http.Response plain = admin("POST", "/users", tenantCore, Http.JSON.writeValueAsString(Map.of(
                    "username", username, "enabled", true, "email", username + "@e2e.lingong.invalid",
                    "firstName", "测试", "lastName", "用户")));
            accounts.deleteAfterwards(username);
            assertThat(plain.status()).as(plain.raw().body()).isEqualTo(403);
        }
    }

    @Test
    void theGatewaysSearchsAndKeycloakExtensionsCredentialsReachNoAdminApi() {
        Map.of("lingong-gateway", "lingong-gateway-dev-secret", "lingong-search", "lingong-search-dev-secret",
                "lingong-keycloak", "lingong-keycloak-dev-secret").forEach((client, secret) -> {
            String token = RunningPlatform.serviceToken(client, secret);
            assertThat(admin("GET", "/users?max=1", token, null).status()).as(client).isEqualTo(403);
            assertThat(admin("GET", "/roles/platform-admin", token, null).status()).as(client).isEqualTo(403);
        });
    }

    @Test
    void aServicesTokenOpensOnlyTheInternalApisItsServiceCalls() {
        String gateway = RunningPlatform.serviceToken("lingong-gateway", "lingong-gateway-dev-secret");
        Http.Response alias = Http.send("PUT", Platform.serviceUrl("search") + "/internal/v1/tenants/suqian/alias",
                gateway, Map.of(), null);
        assertThat(alias.status()).as(alias.raw().body()).isEqualTo(403);
    }

    private static Http.Response admin(String method, String path, String token, String body) {
        return Http.send(method, KEYCLOAK + RunningPlatform.realm() + path, token, Map.of(), body);
    }

    private static String userId(String username) {
        return RunningPlatform.keycloak().send("GET", "/" + RunningPlatform.realm() + "/users?exact=true&username="
                + username, null).json().get(0).get("id").asString();
    }

    private static List<String> realmRoles(String id) {
        return RunningPlatform.keycloak().send("GET", "/" + RunningPlatform.realm() + "/users/" + id
                + "/role-mappings/realm/composite", null).json().valueStream().map(r -> r.get("name").asString()).toList();
    }
}
