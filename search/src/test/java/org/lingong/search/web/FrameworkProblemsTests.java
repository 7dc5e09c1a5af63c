package org.lingong.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.search.ProblemAssertions.assertProblem;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
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
        assertProblem(api.call(HttpMethod.DELETE, "/api/v1/search/status", Tokens.platformAdmin(), "X-Lingong-Tenant", tenant),
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

    @Test
    void aBodyDeclaredOverTheLimitIs413BeforeItIsSent() throws Exception {
        // A bare socket: the 20 MB body is declared and never sent, so only an answer that reads none of it arrives.
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST /internal/v1/tenants/" + tenant + "/job-events HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nAuthorization: Bearer " + Tokens.service() + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 20000000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[4096];
            for (int n; !answer.toString().contains("content-too-large")
                    && (n = socket.getInputStream().read(buffer)) > 0; ) {
                answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
            assertThat(answer.toString()).startsWith("HTTP/1.1 413").contains("application/problem+json", "/content-too-large");
        }
    }
}
