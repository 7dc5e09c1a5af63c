package org.lingong.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Keycloak's admin API unreachable while a city is onboarded (tokens still verify with the keys already fetched):
 * the run stops at the identity step with the reason, and the city stays invisible.
 */
@TestPropertySource(properties = "lingong.keycloak.url=http://127.0.0.1:1")
class KeycloakAdminDownTests extends TenantCoreTests {

    @Test
    void onboardingStopsAtTheIdentityStepAndLeavesNoCityBehind() {
        Api api = api();
        String code = TestTenants.uniqueCode();
        assertThat(api.call("POST", "/api/v1/platform/onboardings", Api.userToken("platform-admin", "demo"), Map.of(),
                TestTenants.request(code)).status()).isEqualTo(202);
        JsonNode progress = TestTenants.awaitFinished(api, code);
        assertThat(progress.get("status").asString()).isEqualTo("FAILED");
        assertThat(progress.get("step").asString()).isEqualTo("IDENTITY");
        assertThat(progress.get("error").asString()).contains("127.0.0.1:1");
        assertThat(api.get("/api/v1/tenant", null, Map.of("X-Lingong-Tenant", code)).status()).isEqualTo(404);
        assertThat(search.requests).noneMatch(request -> request.contains(code));
    }
}
