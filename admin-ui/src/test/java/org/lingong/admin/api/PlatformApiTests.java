package org.lingong.admin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.client.RestClient;

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
    void publicCallsNameTheVisitorsAddressForTheGatewaysLimits() throws Exception {
        List<String> forwarded = new CopyOnWriteArrayList<>();
        HttpServer gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/", exchange -> {
            forwarded.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Forwarded-For")));
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        gateway.start();
        try {
            PlatformApi api = new PlatformApi(RestClient.builder(), new ApiConfiguration.GatewayProperties(
                    "http://127.0.0.1:" + gateway.getAddress().getPort()), null);
            MockHttpServletRequest visitor = new MockHttpServletRequest();
            visitor.setRemoteAddr("198.51.100.23");
            CurrentInstance.set(VaadinRequest.class, new VaadinServletRequest(visitor, null));
            api.getPublic(JsonNode.class, "/t/{city}/api/v1/tenant", "suqian");
            CurrentInstance.clearAll();
            api.getPublic(JsonNode.class, "/t/{city}/api/v1/tenant", "suqian");
        } finally {
            CurrentInstance.clearAll();
            gateway.stop(0);
        }
        assertThat(forwarded).containsExactly("198.51.100.23", "null");
    }

    @Test
    void aBodyThatIsNoProblemStillGivesTheStatus() {
        ApiProblem problem = PlatformApi.problem(502, "<html>Bad gateway</html>".getBytes(StandardCharsets.UTF_8));
        assertThat(problem.getMessage()).isEqualTo("HTTP 502");
        assertThat(problem.fieldErrors()).isEmpty();
        assertThat(problem.is("")).as("no type").isTrue();
    }
}
