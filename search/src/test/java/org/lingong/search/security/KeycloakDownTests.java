package org.lingong.search.security;

import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.search.ProblemAssertions.assertProblem;

import org.lingong.search.ClosedPort;
import org.lingong.search.SearchServiceTests;
import org.lingong.search.Tokens;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Keycloak is unreachable: the service still starts (no discovery at start-up) and, unable to fetch the signing keys,
 * answers 503 rather than calling a possibly valid token invalid.
 */
class KeycloakDownTests extends SearchServiceTests {

    @DynamicPropertySource
    static void keycloakDown(DynamicPropertyRegistry registry) {
        registry.add("LINGONG_ISSUER_URI", () -> "http://127.0.0.1:" + ClosedPort.find() + "/realms/lingong");
    }

    @Test
    void startsAndStaysHealthy() {
        assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
    }

    @Test
    void answers503ForTokensItCannotVerifyYet() {
        assertProblem(api.get("/api/v1/search/status", Tokens.worker()), 503, "identity-unavailable",
                "身份认证服务暂时不可用");
        assertProblem(api.get("/api/v1/search/status", Tokens.worker(), "Accept-Language", "en"), 503,
                "identity-unavailable", "Identity service temporarily unavailable");
    }

    @Test
    void stillRejectsRequestsWithoutToken() {
        assertProblem(api.get("/api/v1/search/status", null, "X-Lingong-Tenant", "suqian"), 401, "authentication-required",
                "需要登录");
    }
}
