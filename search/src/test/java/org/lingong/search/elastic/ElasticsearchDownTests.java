package org.lingong.search.elastic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.search.ProblemAssertions.assertProblem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.search.Api.Reply;
import org.lingong.search.Api;
import org.lingong.search.ClosedPort;
import org.lingong.search.SearchServiceTests;
import org.lingong.search.TestJob;
import org.lingong.search.Tokens;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** A context whose Elasticsearch is down (a closed port; Keycloak stays real): it starts and answers 503s. */
@ExtendWith(OutputCaptureExtension.class)
class ElasticsearchDownTests extends SearchServiceTests {

    @DynamicPropertySource
    static void elasticsearchDown(DynamicPropertyRegistry registry) {
        registry.add("spring.elasticsearch.uris", () -> "http://127.0.0.1:" + ClosedPort.find());
    }

    @Test
    void searchAnswers503ProblemInBothLanguages() {
        Reply chinese = api.get("/api/v1/search/status", Tokens.platformAdmin(), "X-Lingong-Tenant", "suqian");
        Reply english = api.get("/api/v1/search/status", Tokens.platformAdmin(), "X-Lingong-Tenant", "suqian",
                "Accept-Language", "en");

        JsonNode problem = assertProblem(chinese, 503, "search-unavailable", "搜索服务暂时不可用");
        assertThat(problem.path("detail").asString()).isEqualTo("暂时无法连接搜索引擎，请稍后重试。");
        assertProblem(english, 503, "search-unavailable", "Search temporarily unavailable");
    }

    @Test
    void tenantAliasAnswers503() {
        Reply reply = api.call(HttpMethod.PUT, "/internal/v1/tenants/suqian/alias", Tokens.service());

        assertProblem(reply, 503, "search-unavailable", "搜索服务暂时不可用");
    }

    @Test
    void jobEventsAnswer503SoTheRelayRetries() {
        Reply reply = api.post("/internal/v1/tenants/suqian/job-events", Tokens.service(),
                Map.of("events", List.of(TestJob.open().event(1))));

        assertProblem(reply, 503, "search-unavailable", "搜索服务暂时不可用");
    }

    @Test
    void nearbySearchAnswers503SoTheGatewayFallsBack() {
        Reply reply = api.get("/api/v1/jobs/nearby?lat=33.9631&lon=118.2752", null, "X-Lingong-Tenant", "suqian");

        assertProblem(reply, 503, "search-unavailable", "搜索服务暂时不可用");
    }

    @Test
    void healthIsDownButTheProcessIsAlive() {
        Reply health = management.get("/actuator/health", null);

        assertThat(health.status()).isEqualTo(503);
        assertThat(health.json().path("status").asString()).isEqualTo("DOWN");
        assertThat(health.json().path("components").path("elasticsearch").path("status").asString())
                .isEqualTo("DOWN");
        assertThat(management.get("/actuator/health/liveness", null).status()).isEqualTo(200);
    }

    @Test
    void logsTheOutageWithTheRequestId(CapturedOutput output) {
        api.get("/api/v1/search/status", Tokens.platformAdmin(), "X-Lingong-Tenant", "suqian",
                "X-Request-Id", "es-down-check-1");

        assertThat(output.getOut()).containsPattern(
                "\"requestId\":\"es-down-check-1\".*search-unavailable|search-unavailable.*\"requestId\":\"es-down-check-1\"");
    }
}
