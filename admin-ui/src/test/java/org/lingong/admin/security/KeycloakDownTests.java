package org.lingong.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.admin.security.LoopbackBrowser.location;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The UI must come up, and report healthy, while Keycloak is unreachable (port 1 on loopback has no server). */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "lingong.oidc.issuer-uri=http://127.0.0.1:1/realms/lingong")
class KeycloakDownTests {

    @LocalServerPort
    private int port;

    private final LoopbackBrowser browser = new LoopbackBrowser();

    @Test
    void healthIsOpenAndUp() {
        HttpResponse<String> health = browser.get(app() + "/actuator/health", "application/json");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(browser.get(app() + "/actuator/health/readiness", "*/*").statusCode()).isEqualTo(200);
    }

    @Test
    void visitorsAreStillSentToTheConfiguredKeycloak() {
        HttpResponse<String> login = browser.get(location(browser.get(app() + "/")));
        assertThat(location(login))
                .startsWith("http://127.0.0.1:1/realms/lingong/protocol/openid-connect/auth?")
                .contains("code_challenge_method=S256");
    }

    @Test
    void metricsNeedASignedInUser() {
        HttpResponse<String> metrics = browser.get(app() + "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(302);
        assertThat(location(metrics)).isEqualTo(app() + "/oauth2/authorization/keycloak");
    }

    private String app() {
        return "http://localhost:" + port;
    }
}
