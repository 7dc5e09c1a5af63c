package org.lingong.core.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.OneCityTests;
import org.lingong.core.people.KeycloakTestUsers;
import org.lingong.core.people.checks.ResidentIdNumber;
import org.lingong.core.staff.KeycloakRelay;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keycloak's accounts resource failing (reached through a {@link KeycloakRelay}): a walk-in gets a clear 503 and no
 * profile; a closure already erased stays erased, answers 503, and finishes when asked again.
 */
class AccountsKeycloakFailureTests extends OneCityTests {

    private static final KeycloakRelay relay = new KeycloakRelay();
    private static final KeycloakTestUsers keycloak = new KeycloakTestUsers();

    @DynamicPropertySource
    static void keycloakThroughTheRelay(DynamicPropertyRegistry registry) {
        registry.add("lingong.keycloak.url", relay::url);
    }

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void deleteTheAccounts() {
        relay.failing = null;
        keycloak.close();
    }

    private Map<String, String> here() {
        return Map.of("X-Lingong-Tenant", city, "Accept-Language", "en");
    }

    @Test
    void aWalkInWhileKeycloakFailsGetsA503AndNoProfile() {
        api().call("PUT", "/api/v1/platform/tenants/" + city + "/sms-settings", Api.userToken("platform-admin", "demo"),
                Map.of(), Api.JSON.createObjectNode().put("provider", "DEV")).expect(200);
        String phone = "135" + String.format("%08d", System.nanoTime() % 100_000_000L);
        String attempt = api().call("POST", "/api/v1/walk-ins/codes", admin, here(),
                Api.JSON.createObjectNode().put("phone", phone)).expect(201).body().get("attempt").asString();
        String code = api().get("/dev/sms-outbox?city=" + city + "&phone=" + phone, null,
                Map.of("Accept", "application/json")).expect(200).body().get(0).get("code").asString();
        String first17 = "32130219850505" + String.format("%03d", System.nanoTime() % 1000);
        ObjectNode body = Api.JSON.createObjectNode().put("attempt", attempt).put("code", code).put("consentRead", true);
        body.putObject("profile").put("realName", "吴春华").put("phone", phone)
                .put("idNumber", first17 + ResidentIdNumber.checkCharacter(first17));
        int before = jdbc.sql("select count(*) from t_" + city + ".worker").query(Integer.class).single();

        relay.failing = "/lingong-accounts";
        try {
            Api.Response refused = api().call("POST", "/api/v1/walk-ins", admin, here(), body);
            refused.expectProblem(503, "identity-unavailable");
            assertThat(refused.header("Retry-After")).isEqualTo("30");
        } finally {
            relay.failing = null;
        }
        assertThat(jdbc.sql("select count(*) from t_" + city + ".worker").query(Integer.class).single())
                .isEqualTo(before);
    }

    @Test
    void aClosureCutShortByKeycloakIsFinishedByAskingAgain() {
        String username = keycloak.create(city + "-closing", null, java.util.List.of("worker"));
        String token = Api.userToken(username, KeycloakTestUsers.PASSWORD);
        String first17 = "32130219900606" + String.format("%03d", System.nanoTime() % 1000);
        ObjectNode profile = Api.JSON.createObjectNode().put("realName", "孙丽").put("phone", "13912345678")
                .put("idNumber", first17 + ResidentIdNumber.checkCharacter(first17));
        String workerId = api().call("PUT", "/api/v1/workers/me", token, here(), profile).expect(200).body()
                .get("id").asString();

        relay.failing = "/lingong-accounts";
        try {
            api().call("DELETE", "/api/v1/accounts/me", token, here(), null).expectProblem(503, "identity-unavailable");
        } finally {
            relay.failing = null;
        }
        assertThat(status(workerId)).isEqualTo("ERASED");
        assertThat(keycloak.find(username)).isNotNull();

        api().call("DELETE", "/api/v1/accounts/me", token, here(), null).expect(204);
        assertThat(keycloak.find(username)).isNull();
    }

    private String status(String workerId) {
        return jdbc.sql("select status from t_" + city + ".worker where id = ?::uuid").param(workerId)
                .query(String.class).single();
    }
}
