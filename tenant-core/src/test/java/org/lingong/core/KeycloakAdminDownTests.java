package org.lingong.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lingong.devstack.junit.UsesDevStack;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Keycloak's admin API unreachable while a city is onboarded (tokens still verify with the keys already fetched):
 * the run stops at the identity step with the reason, and the city stays invisible.
 */
@UsesDevStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lingong.keycloak.url=http://127.0.0.1:1")
class KeycloakAdminDownTests {

    private static SearchStandIn search;

    @BeforeAll
    static void startSearch() throws IOException {
        search = new SearchStandIn();
    }

    @AfterAll
    static void stopSearch() {
        search.close();
    }

    @DynamicPropertySource
    static void searchUrl(DynamicPropertyRegistry registry) {
        registry.add("lingong.search.url", () -> search.url());
    }

    @LocalServerPort
    int port;

    @Test
    void onboardingStopsAtTheIdentityStepAndLeavesNoCityBehind() {
        Api api = new Api(port);
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
