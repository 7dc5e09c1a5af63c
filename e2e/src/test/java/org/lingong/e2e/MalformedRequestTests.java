package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lingong.devstack.Platform;
import tools.jackson.databind.JsonNode;

/**
 * Requests that are not HTTP the platform can read (issue 13, item 16): targets that are not URIs, escapes that are
 * not UTF-8, request lines and headers over the limit. HTTP clients refuse to send them, so they go out on a raw
 * socket. Before, Reactor Netty answered an empty 400 or 414 (or the connection dropped); now every one is problem
 * JSON of the catalogue, in Chinese and English.
 */
@ExtendWith(RunningPlatform.class)
class MalformedRequestTests {

    private static final String GATEWAY = Platform.gatewayUrl();
    private static final String CITY = "/t/suqian/api/v1";

    private static JsonNode expectProblem(RawHttp.Answer answer, int status, String slug) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(answer.toString()).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.path("type").asString()).isEqualTo("https://lingong.org.cn/problems/" + slug);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.at("/titles/zh").asString()).isNotBlank();
        assertThat(problem.at("/titles/en").asString()).isNotBlank();
        assertThat(problem.path("requestId").asString()).isEqualTo(answer.header("X-Request-Id")).isNotBlank();
        return problem;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        CITY + "/jobs/%zz",
        CITY + "/job-categories?q=%zz",
        CITY + "/jobs/%",
        CITY + "/jobs/a b",
        CITY + "/jobs/a\"b",
        CITY + "/jobs/{id}",
        CITY + "/jobs/职位",
    })
    void targetsThatAreNotUrisAreBadRequestProblems(String target) {
        expectProblem(RawHttp.get(GATEWAY, target), 400, "malformed-request");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        CITY + "/jobs/%C3%28",
        CITY + "/jobs/%FF",
        CITY + "/jobs/%ED%A0%80",
        CITY + "/job-categories?q=%C3%28",
        CITY + "/jobs/nearby?lat=33.96&lon=118.28&q=%E4%BF",
    })
    void escapesThatAreNotUtf8AreBadRequestProblems(String target) {
        expectProblem(RawHttp.get(GATEWAY, target), 400, "malformed-request");
    }

    @Test
    void aTenThousandCharacterQueryIsAUriTooLongProblem() {
        String target = CITY + "/jobs/nearby?lat=33.96&lon=118.28&q=" + "x".repeat(10_000);

        // Netty stops at the request line, before the headers: the answer is in the default language, Chinese.
        JsonNode problem = expectProblem(RawHttp.get(GATEWAY, target, "Accept-Language: en"), 414, "uri-too-long");

        assertThat(problem.path("title").asString()).isEqualTo(problem.at("/titles/zh").asString());
    }

    @Test
    void aThreeThousandCharacterOrderIdIsAProblem() {
        String token = RunningPlatform.token("suqian-admin");
        RawHttp.Answer answer = RawHttp.get(GATEWAY, CITY + "/orders/" + "1".repeat(3_000),
                "Authorization: Bearer " + token);

        assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
        assertThat(answer.header("Content-Type")).as(answer.toString()).startsWith("application/problem+json");
        assertThat(answer.json().at("/titles/en").asString()).isNotBlank();
        // Named by the catalogue, in Chinese, with the value quoted short rather than echoed whole.
        assertThat(answer.json().at("/type").asString()).endsWith("/invalid-parameter");
        assertThat(answer.json().at("/errors/0/field").asString()).isEqualTo("id");
        assertThat(answer.json().at("/detail").asString()).contains("UUID").hasSizeLessThan(200);
    }

    @Test
    void headersOverTheLimitAreAHeadersTooLargeProblem() {
        expectProblem(RawHttp.get(GATEWAY, CITY + "/job-categories", "X-Padding: " + "p".repeat(20_000)), 431,
                "headers-too-large");
    }

    @Test
    void aRequestLineThatIsNotHttpIsABadRequestProblem() {
        RawHttp.Answer answer = RawHttp.send(GATEWAY, "GET / HTTP/1.1 trailing\r\nHost: x\r\n\r\n".getBytes(
                java.nio.charset.StandardCharsets.US_ASCII), new byte[0]);

        expectProblem(answer, 400, "malformed-request");
    }

    @Test
    void wellFormedRequestsStillPass() {
        assertThat(RawHttp.get(GATEWAY, CITY + "/job-categories").status()).isEqualTo(200);
        assertThat(RawHttp.get(GATEWAY, CITY + "/jobs/nearby?lat=33.96&lon=118.28&q=%E4%BF%9D%E6%B4%81").status())
                .isEqualTo(200);
    }
}
