package org.lingong.search.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.search.ProblemAssertions.assertProblem;

import org.junit.jupiter.api.Test;
import org.lingong.search.Api;
import org.lingong.search.Api.Reply;
import org.lingong.search.SearchServiceTests;
import org.lingong.search.Tokens;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

class SecurityTests extends SearchServiceTests {

    @Test
    void healthAndProbesAreOpenOnTheManagementPortWithoutDetails() {
        Reply health = management.get("/actuator/health", null);

        assertThat(health.status()).isEqualTo(200);
        JsonNode body = health.json();
        assertThat(body.path("status").asString()).isEqualTo("UP");
        assertThat(body.path("components").path("elasticsearch").path("status").asString()).isEqualTo("UP");
        assertThat(health.text()).doesNotContain("details", "cluster_name");
        assertThat(management.get("/actuator/health/liveness", null).json().path("status").asString()).isEqualTo("UP");
        assertThat(management.get("/actuator/health/readiness", null).json().path("status").asString())
                .isEqualTo("UP");
    }

    @Test
    void prometheusIsOpenOnTheManagementPortAndOpenApiOnThePublicOne() {
        Reply metrics = management.get("/actuator/prometheus", null);
        Reply openApi = api.get("/v3/api-docs", null);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("http_server_requests");
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.json().path("paths").propertyNames())
                .contains("/api/v1/search/status", "/internal/v1/tenants/{tenant}/alias");
    }

    @Test
    void apiNeedsAToken() {
        Reply reply = api.get("/api/v1/search/status", null, "X-Lingong-Tenant", "suqian");

        assertProblem(reply, 401, "authentication-required", "需要登录");
        assertThat(reply.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void rejectsATamperedToken() {
        String token = Tokens.worker();
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        Reply reply = api.get("/api/v1/search/status", forged, "Accept-Language", "en");

        assertProblem(reply, 401, "invalid-token", "Invalid access token");
        assertThat(reply.headers().getFirst("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void theInternalApiOpensOnlyToTenantCoresServiceAccount() {
        assertThat(api.call(HttpMethod.PUT, "/internal/v1/tenants/suqian/alias", Tokens.client("lingong-gateway"))
                .status()).as("the gateway's service token").isEqualTo(403);
        assertThat(api.call(HttpMethod.PUT, "/internal/v1/tenants/suqian/alias", Tokens.worker()).status())
                .as("a user's token").isEqualTo(403);
        assertThat(api.call(HttpMethod.PUT, "/internal/v1/tenants/suqian/alias", Tokens.service()).status())
                .as("tenant-core's").isEqualTo(200);
    }

    @Test
    void thePublicPortHasNoActuator() {
        for (String path : new String[] {"/actuator", "/actuator/health", "/actuator/health/liveness",
            "/actuator/prometheus", "/actuator/info", "/actuator/env"}) {
            assertProblem(api.get(path, null), 404, "not-found", "资源不存在");
        }
        assertThat(management.get("/actuator/env", null).status()).isNotEqualTo(200);
    }

    @Test
    void unknownPathsAreNotFoundProblems() {
        assertProblem(api.get("/api/v1/nowhere", Tokens.worker(), "X-Lingong-Tenant", "suqian"), 404, "not-found",
                "资源不存在");
    }
}
