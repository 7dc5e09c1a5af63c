package org.lingong.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.lingong.search.Api.Reply;
import tools.jackson.databind.JsonNode;

/** Checks a response against the service's problem-detail scheme (see {@code org.lingong.common.problem}). */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** Asserts the scheme and the status, code and title in the request's language; returns the body. */
    public static JsonNode assertProblem(Reply reply, int status, String code, String title) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.path("type").asString()).isEqualTo("https://lingong.org.cn/problems/" + code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isEqualTo(title);
        assertThat(problem.path("titles").path("zh").asString()).containsPattern("\\p{IsHan}");
        assertThat(problem.path("titles").path("en").asString()).isNotBlank().doesNotContainPattern("\\p{IsHan}");
        assertThat(problem.path("requestId").asString()).isEqualTo(reply.headers().getFirst("X-Request-Id"));
        return problem;
    }
}
