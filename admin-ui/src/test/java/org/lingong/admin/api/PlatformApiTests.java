package org.lingong.admin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;

import org.junit.jupiter.api.Test;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;

import tools.jackson.databind.JsonNode;

class PlatformApiTests {

    @Test
    void problemJsonKeepsTypeTitleDetailAndFieldErrorsByPath() {
        String body = """
                {"type":"https://lingong.org/problems/validation","title":"请求内容不合法","status":400,
                 "detail":"有 2 处错误","errors":[{"field":"admin.email","message":"不是合法的电子邮件地址"},
                 {"field":"code","message":"城市代码格式不正确"},{"field":"code","message":"不能为空"}]}
                """;
        ApiProblem problem = PlatformApi.problem(400, body.getBytes(StandardCharsets.UTF_8));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.is("validation")).as("the type's slug").isTrue();
        assertThat(problem.is("https://lingong.org/problems/validation")).isFalse();
        assertThat(problem.title()).isEqualTo("请求内容不合法");
        assertThat(problem.getMessage()).isEqualTo("有 2 处错误");
        assertThat(problem.fieldErrors()).containsEntry("admin.email", "不是合法的电子邮件地址")
                .containsEntry("code", "城市代码格式不正确; 不能为空");
    }

    @Test
    void publicCallsNameTheVisitorsAddressForTheGatewaysLimits() {
        try (LocalGateway gateway = new LocalGateway(request -> LocalGateway.Answer.json(200, "{}"))) {
            PlatformApi api = gateway.api();
            MockHttpServletRequest visitor = new MockHttpServletRequest();
            visitor.setRemoteAddr("198.51.100.23");
            CurrentInstance.set(VaadinRequest.class, new VaadinServletRequest(visitor, null));
            api.getPublic(JsonNode.class, "/t/{city}/api/v1/tenant", "suqian");
            CurrentInstance.clearAll();
            api.getPublic(JsonNode.class, "/t/{city}/api/v1/tenant", "suqian");

            assertThat(gateway.requests()).extracting(request -> String.valueOf(request.header("X-Forwarded-For")))
                    .containsExactly("198.51.100.23", "null");
            assertThat(gateway.requests()).allSatisfy(request -> assertThat(request.header("Authorization")).isNull());
        } finally {
            CurrentInstance.clearAll();
        }
    }

    @Test
    void aBodyThatIsNoProblemStillGivesTheStatus() {
        ApiProblem problem = PlatformApi.problem(502, "<html>Bad gateway</html>".getBytes(StandardCharsets.UTF_8));
        assertThat(problem.getMessage()).isEqualTo("HTTP 502");
        assertThat(problem.fieldErrors()).isEmpty();
        assertThat(problem.is("")).as("no type").isTrue();
    }

    @Test
    void aStreamGoesAsTheUserResumingAfterTheLastEventAndARefusalComesBackAsItWas() throws Exception {
        String events = "id: 42\nevent: notification\ndata: {}\n\n";
        try (LocalGateway gateway = new LocalGateway(request -> request.uri().endsWith("/full")
                ? LocalGateway.Answer.problem(429, "{\"type\":\"https://lingong.org/problems/busy\"}")
                : new LocalGateway.Answer(200, "text/event-stream", events))) {
            PlatformApi api = gateway.api();
            try (ClientHttpResponse stream = api.openStream(Locale.ENGLISH, "41",
                    "/t/{city}/api/v1/workers/me/notifications/stream", "suqian").orElseThrow()) {
                assertThat(stream.getStatusCode().value()).isEqualTo(200);
                assertThat(new String(stream.getBody().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(events);
            }
            try (ClientHttpResponse refused = api.openStream(Locale.CHINA, null, "/t/{city}/full", "suqian")
                    .orElseThrow()) {
                assertThat(refused.getStatusCode().value()).isEqualTo(429);
                assertThat(new String(refused.getBody().readAllBytes(), StandardCharsets.UTF_8)).contains("busy");
            }

            LocalGateway.Request first = gateway.requests().getFirst();
            assertThat(first.uri()).isEqualTo("/t/suqian/api/v1/workers/me/notifications/stream");
            assertThat(first.header("Authorization")).isEqualTo("Bearer " + LocalGateway.TOKEN);
            assertThat(first.header("Last-Event-ID")).isEqualTo("41");
            assertThat(first.header("Accept-Language")).isEqualTo("en");
            assertThat(first.header("Accept")).contains("text/event-stream");
            assertThat(gateway.requests().getLast().header("Last-Event-ID")).as("a first connection").isNull();

            SecurityContextHolder.clearContext();
            assertThat(api.openStream(Locale.CHINA, null, "/t/{city}/full", "suqian")).as("signed out").isEmpty();
        }
    }
}
