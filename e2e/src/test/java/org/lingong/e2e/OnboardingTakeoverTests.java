package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.DemoTenants;
import org.lingong.devstack.Platform;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The attack of issue 13 item 8: onboarding a new city names an account that exists already as its first
 * administrator — another city's admin, or a worker's national account — hoping it comes back as a city admin of the
 * new city, or as a city admin without a city (which is a city admin everywhere). It is refused with problem JSON
 * before anything happens, and the account is unchanged.
 */
@ExtendWith(RunningPlatform.class)
class OnboardingTakeoverTests {

    private static final String GATEWAY = Platform.gatewayUrl();

    @Test
    void anotherCitysAdministratorCannotBeNamedTheFirstAdminOfANewCity() {
        String victim = "huainan-admin";
        JsonNode before = account(victim);

        String code = newCode();
        Http.Response refused = onboard(code, victim);

        assertRefused(refused);
        assertUnchanged(victim, before);
        assertThat(Http.get(GATEWAY + "/api/v1/platform/onboardings/" + code, RunningPlatform.token("platform-admin"),
                Map.of()).status()).as("no onboarding was started").isEqualTo(404);
    }

    @Test
    void aWorkersNationalAccountCannotBeMadeACityAdmin() {
        try (KeycloakAccounts accounts = new KeycloakAccounts()) {
            String worker = accounts.account(null, "worker").username();
            JsonNode before = account(worker);

            assertRefused(onboard(newCode(), worker));
            assertUnchanged(worker, before);
        }
    }

    private static void assertRefused(Http.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(409);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().get("type").asString()).endsWith("/admin-username-taken");
        assertThat(response.body().at("/titles/zh").asString()).isNotBlank();
    }

    /** The account's attributes, groups and realm roles are what they were. */
    private static void assertUnchanged(String username, JsonNode before) {
        assertThat(account(username)).isEqualTo(before);
    }

    private static JsonNode account(String username) {
        var admin = RunningPlatform.keycloak();
        String realm = "/" + RunningPlatform.realm();
        JsonNode user = admin.send("GET", realm + "/users?exact=true&username=" + username, null).json().get(0);
        String id = user.get("id").asString();
        ObjectNode state = Http.JSON.createObjectNode();
        state.set("attributes", user.path("attributes"));
        state.put("enabled", user.get("enabled").asBoolean());
        state.set("groups", admin.send("GET", realm + "/users/" + id + "/groups", null).json());
        state.set("roles", admin.send("GET", realm + "/users/" + id + "/role-mappings/realm/composite", null).json());
        return state;
    }

    private static Http.Response onboard(String code, String adminUsername) {
        ObjectNode request = DemoTenants.requests().stream().filter(c -> c.get("code").asString().equals("huainan"))
                .findFirst().map(JsonNode::deepCopy).map(ObjectNode.class::cast).orElseThrow();
        request.put("code", code);
        ((ObjectNode) request.get("admin")).put("username", adminUsername).put("email", code + "@e2e.lingong.invalid");
        return Http.send("POST", GATEWAY + "/api/v1/platform/onboardings", RunningPlatform.token("platform-admin"),
                Map.of(), request.toString());
    }

    private static String newCode() {
        return "tk" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 35), 36);
    }
}
