package org.lingong.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.admin.security.LoopbackBrowser.location;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The UI must come up, and report healthy, while Keycloak is unreachable (port 1 on loopback has no server). */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "lingong.oidc.issuer-uri=http://127.0.0.1:1/realms/lingong")
class KeycloakDownTests {

    @LocalServerPort
    private int port;
    @LocalManagementPort
    private int managementPort;

    private final LoopbackBrowser browser = new LoopbackBrowser();

    @Test
    void healthIsOpenAndUpOnTheManagementPort() {
        HttpResponse<String> health = browser.get(management() + "/actuator/health", "application/json");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("details");
        assertThat(browser.get(management() + "/actuator/health/readiness", "*/*").statusCode()).isEqualTo(200);
    }

    @Test
    void visitorsAreStillSentToTheConfiguredKeycloak() {
        HttpResponse<String> login = browser.get(location(browser.get(app() + "/")));
        assertThat(location(login))
                .startsWith("http://127.0.0.1:1/realms/lingong/protocol/openid-connect/auth?")
                .contains("code_challenge_method=S256");
    }

    @Test
    void metricsAreOnTheManagementPortAndThePublicPortHasNoActuator() {
        assertThat(browser.get(management() + "/actuator/prometheus", "text/plain").body())
                .contains("jvm_memory_used_bytes");
        for (String path : new String[] {"/actuator", "/actuator/health", "/actuator/prometheus", "/actuator/env"}) {
            HttpResponse<String> refused = browser.get(app() + path, "application/json");
            assertThat(refused.statusCode()).as(path).isEqualTo(404);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.body()).contains("https://lingong.org.cn/problems/not-found", "\"titles\"");
            assertThat(refused.headers().firstValue("Content-Security-Policy"))
                    .hasValue(SecurityConfiguration.BASELINE_POLICY);
        }
    }

    private String app() {
        return "http://localhost:" + port;
    }

    private String management() {
        return "http://localhost:" + managementPort;
    }
}
