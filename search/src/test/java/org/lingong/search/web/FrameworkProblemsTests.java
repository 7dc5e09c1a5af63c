package org.lingong.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.search.ProblemAssertions.assertProblem;

import org.junit.jupiter.api.Test;
import org.lingong.search.SearchServiceTests;
import org.lingong.search.TestTenants;
import org.lingong.search.Tokens;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** Spring MVC's own errors are the platform's problem JSON too, with the catalogue's type for their status. */
class FrameworkProblemsTests extends SearchServiceTests {

    private final String tenant = TestTenants.newCode("fp");

    @Test
    void aWrongMethodIs405() {
        assertProblem(api.call(HttpMethod.DELETE, "/api/v1/search/status", Tokens.worker(), "X-Lingong-Tenant", tenant),
                405, "method-not-allowed", "不支持该请求方法");
    }

    @Test
    void aBodyOfAnotherMediaTypeIs415() {
        assertProblem(api.call(HttpMethod.POST, "/internal/v1/tenants/" + tenant + "/job-events", Tokens.service(),
                "Content-Type", "text/plain"), 415, "unsupported-media-type", "不支持该内容类型");
    }

    @Test
    void unreadableJsonIs400WithTheFrameworksDetail() {
        JsonNode problem = assertProblem(api.post("/internal/v1/tenants/" + tenant + "/job-events", Tokens.service(),
                "{\"events\": [", "Accept-Language", "en"), 400, "invalid-request", "The request is invalid");
        assertThat(problem.path("detail").asString()).isEqualTo("Failed to read request");
    }
}
