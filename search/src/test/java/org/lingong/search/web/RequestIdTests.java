package org.lingong.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lingong.search.Api.Reply;
import org.lingong.search.Api;
import org.lingong.search.SearchServiceTests;

class RequestIdTests extends SearchServiceTests {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void echoesTheGatewaysRequestIdInHeaderAndProblem() {
        Reply reply = api.get("/api/v1/search/status", null, "X-Request-Id", "gw-7f3a.19:2");

        assertThat(reply.headers().getFirst("X-Request-Id")).isEqualTo("gw-7f3a.19:2");
        assertThat(reply.json().path("requestId").asString()).isEqualTo("gw-7f3a.19:2");
    }

    @Test
    void makesOneWhenThereIsNone() {
        Reply first = api.get("/v3/api-docs", null);
        Reply second = api.get("/v3/api-docs", null);

        assertThat(first.headers().getFirst("X-Request-Id")).matches(UUID)
                .isNotEqualTo(second.headers().getFirst("X-Request-Id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"with space", "line\tbreak", "quote\"d", "{json}"})
    void replacesAMalformedOne(String malformed) {
        Reply reply = api.get("/v3/api-docs", null, "X-Request-Id", malformed);

        assertThat(reply.headers().getFirst("X-Request-Id")).matches(UUID);
    }

    @Test
    void replacesAnOverlongOne() {
        Reply reply = api.get("/v3/api-docs", null, "X-Request-Id", "a".repeat(129));

        assertThat(reply.headers().getFirst("X-Request-Id")).matches(UUID);
    }
}
