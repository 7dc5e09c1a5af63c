package org.lingong.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** Tenant resolution, routing, headers, request ids, problem JSON, rate limits and registry refresh, anonymously. */
@ExtendWith(OutputCaptureExtension.class)
class GatewayRoutingTests extends GatewayIntegrationTest {

    @Test
    void pathPrefixNamesTheTenantAndIsStrippedBeforeRouting() {
        client.get().uri(raw("/t/suqian/api/v1/jobs?page=2")).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo("tenant-core")
                .jsonPath("$.path").isEqualTo("/api/v1/jobs")
                .jsonPath("$.query").isEqualTo("page=2")
                .jsonPath("$.headers['x-lingong-tenant']").isEqualTo("suqian")
                .jsonPath("$.headers['x-lingong-tenant-province']").isEqualTo("32");
    }

    @Test
    void platformSubdomainNamesTheTenant() {
        client.get().uri("/api/v1/jobs").header(HttpHeaders.HOST, "huaian.lingong.localhost").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.path").isEqualTo("/api/v1/jobs")
                .jsonPath("$.headers['x-lingong-tenant']").isEqualTo("huaian");
    }

    @Test
    void customDomainFromTheRegistryNamesTheTenant() {
        client.get().uri("/api/v1/jobs").header(HttpHeaders.HOST, "jobs.suqian.example.cn").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.headers['x-lingong-tenant']").isEqualTo("suqian");
    }

    @Test
    void searchPathsGoToSearchAndEverythingElseToTenantCore() {
        client.get().uri("/t/suqian/api/v1/search/jobs?q=保洁").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo("search")
                .jsonPath("$.path").isEqualTo("/api/v1/search/jobs")
                .jsonPath("$.headers['x-lingong-tenant']").isEqualTo("suqian");
        client.get().uri("/t/suqian/api/v1/jobs/nearby?lat=33.96&lon=118.28").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("search");
        client.get().uri("/t/suqian/api/v1/markets").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("tenant-core");
    }

    @Test
    void clientSentTenantHeadersAreRemovedInAnyCaseAndReplaced() {
        client.get().uri("/t/suqian/api/v1/jobs")
                .header("X-Lingong-Tenant", "hefei")
                .header("x-lingong-tenant-province", "34")
                .header("X-LINGONG-TENANT-ADMIN", "true")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.headers['x-lingong-tenant']").isEqualTo("suqian")
                .jsonPath("$.headers['x-lingong-tenant-province']").isEqualTo("32")
                .jsonPath("$.headers['x-lingong-tenant-admin']").doesNotExist();
    }

    @Test
    void hostAndPathNamingDifferentTenantsIsRefused() {
        expectProblem(client.get().uri("/t/suqian/api/v1/jobs").header(HttpHeaders.HOST, "huaian.lingong.localhost")
                .exchange(), HttpStatus.BAD_REQUEST, "tenant-mismatch");
        client.get().uri("/t/suqian/api/v1/jobs").header(HttpHeaders.HOST, "suqian.lingong.localhost").exchange()
                .expectStatus().isOk();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/t/suqian;drop/api/v1/jobs",
        "/t/../api/v1/jobs",
        "/t/%2e%2e/api/v1/jobs",
        "/t/%2E%2E/internal/v1/tenant-routes",
        "/t/su%D1%96qian/api/v1/jobs", // Cyrillic і
        "/t/%EF%BD%93uqian/api/v1/jobs", // full-width s
        "/t/Suqian/api/v1/jobs",
        "/t/SUQIAN/api/v1/jobs",
        "/t/s/api/v1/jobs",
        "/t/1suqian/api/v1/jobs",
        "/t//api/v1/jobs",
    })
    void malformedTenantCodesAreRefused(String path) {
        expectProblem(client.get().uri(raw(path)).exchange(), HttpStatus.BAD_REQUEST, "invalid-tenant");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/t/suqian/api/../internal/v1/tenant-routes",
        "/t/suqian/api/%2e%2e/internal/v1/tenant-routes",
        "/t/suqian/api/v1/jobs%2f..%2f..%2finternal",
        "/t/suqian/api/v1/jobs;jsessionid=1",
        "/api/./v1/platform/tenants",
    })
    void pathsThatCouldEscapeTheApiAreRefused(String path) {
        expectProblem(client.get().uri(raw(path)).exchange(), HttpStatus.BAD_REQUEST, "invalid-path");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/t/suqian/api/v1/%zz",
        "/t/suqian/api/v1/jobs\\..\\..\\internal",
        "/t/suqian/api/v1/职位",
        "/t/宿迁/api/v1/jobs",
        "/t/suqian/api/v1/jobs/%C3%28",
        "/t/suqian/api/v1/jobs?q=%E4%BF",
        "/t/suqian/api/v1/jobs/a b",
    })
    void requestTargetsThatAreNotUtf8UrisAreProblemsBeforeSpring(String target) {
        // Neither Spring nor the services could read these: refused right after the HTTP codec, never routed.
        int echoed = TENANT_CORE.echoed();
        assertThat(RawHttp.get(port, target)).startsWith("HTTP/1.1 400 ")
                .contains("application/problem+json", "https://lingong.org.cn/problems/malformed-request",
                        "\"zh\":\"请求格式错误\"", "\"en\":\"Malformed request\"")
                .containsIgnoringCase("connection: close");
        assertThat(TENANT_CORE.echoed()).isEqualTo(echoed);
    }

    @Test
    void aRequestLineOverTheLimitIsAUriTooLongProblem() {
        // The codec gives up at the request line, before any header: the language and request id are the defaults.
        String answer = RawHttp.get(port, "/t/suqian/api/v1/jobs?q=" + "x".repeat(10_000), "Accept-Language: en",
                "X-Request-Id: too-long-line-1");
        assertThat(answer).startsWith("HTTP/1.1 414 ")
                .contains("https://lingong.org.cn/problems/uri-too-long", "\"title\":\"请求地址过长\"",
                        "\"en\":\"Request address too long\"", "不得超过 4,096 个字符", "X-Request-Id: ")
                .doesNotContain("too-long-line-1");
    }

    @Test
    void headersOverTheLimitAreAHeadersTooLargeProblem() {
        assertThat(RawHttp.get(port, "/t/suqian/api/v1/jobs", "X-Padding: " + "p".repeat(20_000)))
                .startsWith("HTTP/1.1 431 ")
                .contains("https://lingong.org.cn/problems/headers-too-large", "请求头合计不得超过 8 KB");
    }

    @Test
    void aRequestLineThatIsNotHttpIsAProblem() {
        assertThat(RawHttp.send(port, "GET /t/suqian/api/v1/jobs HTTP/1.1 extra\r\nHost: x\r\n\r\n"))
                .startsWith("HTTP/1.1 400 ").contains("https://lingong.org.cn/problems/malformed-request");
    }

    @Test
    void aDeclaredBodyOverTheLimitIsRefusedBeforeItIsRead() {
        int echoed = TENANT_CORE.echoed();
        String answer = RawHttp.send(port, "POST /t/suqian/api/v1/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + (2 * 1024 * 1024) + "\r\n\r\n{\"title\":\"");
        assertThat(answer).startsWith("HTTP/1.1 413 ")
                .contains("https://lingong.org.cn/problems/body-too-large", "不得超过 1 MB", "application/problem+json");
        assertThat(TENANT_CORE.echoed()).isEqualTo(echoed);
    }

    @Test
    void aBodyWithoutADeclaredLengthIsCutOffAtTheLimit() {
        StringBuilder chunked = new StringBuilder("POST /t/suqian/api/v1/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        String chunk = "x".repeat(64 * 1024);
        for (int i = 0; i < 24; i++) {
            chunked.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        chunked.append("0\r\n\r\n");
        assertThat(RawHttp.send(port, chunked.toString())).startsWith("HTTP/1.1 413 ")
                .contains("https://lingong.org.cn/problems/body-too-large");
        assertThat(TENANT_CORE.bodies).allMatch(length -> length <= 1024 * 1024);
    }

    @Test
    void fileEndpointsTakeTheirOwnLimits() {
        byte[] feed = new byte[3 * 1024 * 1024];
        client.post().uri("/t/suqian/api/v1/jobs/imports?format=CSV").bodyValue(feed).exchange()
                .expectStatus().isOk();
        assertThat(TENANT_CORE.bodies).contains(feed.length);
        expectProblem(client.put().uri("/t/suqian/api/v1/tenant/branding/logo").bodyValue(new byte[300 * 1024])
                .exchange(), HttpStatus.CONTENT_TOO_LARGE, "body-too-large")
                .jsonPath("$.detail").isEqualTo("此处的请求内容不得超过 256 KB，本次请求未被接受。");
        assertThat(RawHttp.send(port, "POST /t/suqian/api/v1/jobs/imports?format=CSV HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Length: " + (10 * 1024 * 1024 + 1) + "\r\n\r\ntitle,slots\n"))
                .startsWith("HTTP/1.1 413 ").contains("不得超过 10 MB");
    }

    @Test
    void rawRequestTargetsThatAreUrisGetProblems() {
        assertThat(RawHttp.get(port, "/t/suqian;drop/api/v1/jobs")).startsWith("HTTP/1.1 400 ")
                .contains("application/problem+json", "https://lingong.org.cn/problems/invalid-tenant");
        assertThat(RawHttp.get(port, "/t/suqian/api/v1/../../../internal/v1/tenant-routes"))
                .startsWith("HTTP/1.1 400 ").contains("https://lingong.org.cn/problems/invalid-path");
    }

    @ParameterizedTest
    @ValueSource(strings = {"su-qian.lingong.localhost", "a.suqian.lingong.localhost", "xn--suqan-3ve.lingong.localhost"})
    void malformedTenantHostsAreRefused(String host) {
        expectProblem(client.get().uri("/api/v1/jobs").header(HttpHeaders.HOST, host).exchange(),
                HttpStatus.BAD_REQUEST, "invalid-tenant");
    }

    @Test
    void unknownTenantIsNotFound() {
        expectProblem(client.get().uri("/t/nanjing/api/v1/jobs").exchange(), HttpStatus.NOT_FOUND, "unknown-tenant")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("nanjing"));
    }

    @Test
    void suspendedTenantIsReadOnly() {
        client.get().uri("/t/lianyungang/api/v1/jobs").exchange().expectStatus().isOk();
        expectProblem(client.post().uri("/t/lianyungang/api/v1/jobs").bodyValue(Map.of("title", "搬运工")).exchange(),
                HttpStatus.LOCKED, "tenant-suspended");
        expectProblem(client.delete().uri("/t/lianyungang/api/v1/jobs/1").exchange(), HttpStatus.LOCKED,
                "tenant-suspended");
    }

    @Test
    void tenantApiWithoutTenantIsRefusedButPlatformApiNeedsNone() {
        expectProblem(client.get().uri("/api/v1/jobs").exchange(), HttpStatus.BAD_REQUEST, "tenant-required");
        // Platform-level paths pass tenant resolution; anonymous callers are then stopped by authentication.
        expectProblem(client.get().uri("/api/v1/platform/tenants").exchange(), HttpStatus.UNAUTHORIZED,
                "authentication-required")
                .consumeWith(result -> assertThat(result.getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                        .isEqualTo("Bearer"));
    }

    @Test
    void servicesInternalAndActuatorEndpointsAreNeverRouted() {
        expectProblem(client.get().uri("/internal/v1/tenant-routes").exchange(), HttpStatus.NOT_FOUND, "not-found");
        expectProblem(client.get().uri("/t/suqian/internal/v1/tenant-routes").exchange(), HttpStatus.NOT_FOUND,
                "not-found");
        expectProblem(client.get().uri("/t/suqian/actuator/health").exchange(), HttpStatus.NOT_FOUND, "not-found");
        expectProblem(client.get().uri("/actuator/env").header(HttpHeaders.HOST, "suqian.lingong.localhost")
                .exchange(), HttpStatus.NOT_FOUND, "not-found");
    }

    @Test
    void saneClientRequestIdIsKeptAndPassedDownstream() {
        client.get().uri("/t/suqian/api/v1/jobs").header("X-Request-Id", "app-7f3a.42_b").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", "app-7f3a.42_b")
                .expectBody().jsonPath("$.headers['x-request-id']").isEqualTo("app-7f3a.42_b");
    }

    @Test
    void otherRequestIdsAreReplacedByAGeneratedOne() {
        for (String sent : List.of("short", "has spaces in it", "x".repeat(65), "id;drop table")) {
            EntityExchangeResult<byte[]> result = client.get().uri("/t/suqian/api/v1/jobs")
                    .header("X-Request-Id", sent).exchange()
                    .expectStatus().isOk()
                    .expectBody().returnResult();
            List<String> ids = result.getResponseHeaders().get("X-Request-Id");
            assertThat(ids).hasSize(1);
            assertThat(ids.getFirst()).isNotEqualTo(sent).matches("[0-9a-f-]{36}");
            assertThat(new String(result.getResponseBody())).contains(ids.getFirst());
        }
    }

    @Test
    void problemsCarryTheRequestIdOfTheResponse() {
        EntityExchangeResult<byte[]> result = expectProblem(client.get().uri("/t/nanjing/api/v1/jobs").exchange(),
                HttpStatus.NOT_FOUND, "unknown-tenant").returnResult();
        String id = result.getResponseHeaders().getFirst("X-Request-Id");
        assertThat(new String(result.getResponseBody())).contains("\"requestId\":\"" + id + "\"");
    }

    @Test
    void problemTitleFollowsAcceptLanguageWithChineseByDefault() {
        expectProblem(client.get().uri("/t/nanjing/api/v1/jobs").exchange(), HttpStatus.NOT_FOUND, "unknown-tenant")
                .jsonPath("$.title").isEqualTo("城市不存在或未开通")
                .jsonPath("$.titles.zh").isEqualTo("城市不存在或未开通")
                .jsonPath("$.titles.en").isEqualTo("No such city, or it is not open")
                .jsonPath("$.detail").isEqualTo("未找到城市“nanjing”，或该城市尚未开通。")
                .jsonPath("$.instance").isEqualTo("/t/nanjing/api/v1/jobs");
        expectProblem(client.get().uri("/t/nanjing/api/v1/jobs").header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9")
                .exchange(), HttpStatus.NOT_FOUND, "unknown-tenant")
                .jsonPath("$.title").isEqualTo("No such city, or it is not open")
                .jsonPath("$.detail").isEqualTo("City \"nanjing\" does not exist or is not open yet.");
        expectProblem(client.get().uri("/t/nanjing/api/v1/jobs").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR")
                .exchange(), HttpStatus.NOT_FOUND, "unknown-tenant")
                .jsonPath("$.title").isEqualTo("城市不存在或未开通");
    }

    @Test
    void tenantRequestsBeyondTheCityCeilingGet429WithRetryAfter() {
        List<Integer> statuses = new ArrayList<>();
        String retryAfter = null;
        for (int i = 0; i < 12; i++) {
            EntityExchangeResult<byte[]> result = client.get().uri("/t/quota/api/v1/jobs").exchange()
                    .expectBody().returnResult();
            statuses.add(result.getStatus().value());
            if (result.getStatus().value() == 429) {
                retryAfter = result.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);
                assertThat(new String(result.getResponseBody())).contains("https://lingong.org.cn/problems/rate-limited");
            }
        }
        // The quota tenant's registry entry allows 2 per second, with bursts of 2 seconds' worth.
        assertThat(statuses.subList(0, 4)).containsOnly(200);
        assertThat(statuses).contains(429);
        assertThat(retryAfter).isEqualTo("1");
        // Other tenants are not affected.
        client.get().uri("/t/suqian/api/v1/jobs").exchange().expectStatus().isOk();
        await().atMost(Duration.ofSeconds(3)).untilAsserted(() ->
                client.get().uri("/t/quota/api/v1/jobs").exchange().expectStatus().isOk());
    }

    @Test
    void newTenantInTheRegistryIsRoutedWithoutRestart() {
        expectProblem(client.get().uri("/t/xuzhou/api/v1/jobs").exchange(), HttpStatus.NOT_FOUND, "unknown-tenant");
        TENANT_CORE.register("xuzhou", "32", "ACTIVE", 100, "jobs.xz.example.cn");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                client.get().uri("/t/xuzhou/api/v1/jobs").exchange().expectStatus().isOk());
        client.get().uri("/api/v1/jobs").header(HttpHeaders.HOST, "jobs.xz.example.cn").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.headers['x-lingong-tenant']").isEqualTo("xuzhou");
    }

    @Test
    void registryIsPolledWithIfNoneMatchAndAServiceToken() {
        await().atMost(Duration.ofSeconds(10)).until(() -> TENANT_CORE.registryPolls().stream()
                .anyMatch(poll -> poll.containsKey("if-none-match")));
        Map<String, String> poll = TENANT_CORE.registryPolls().getLast();
        assertThat(poll.get("if-none-match")).matches("\"v\\d+\"");
        assertThat(poll.get("authorization")).startsWith("Bearer ");
        var claims = Keycloak.claims(poll.get("authorization").substring("Bearer ".length()));
        assertThat(claims.get("azp").asString()).as("the gateway's own client").isEqualTo("lingong-gateway");
        assertThat(claims.get("iss").asString()).isEqualTo(Keycloak.issuer());
    }

    @Test
    void theManagementPortReportsTheLoadedRegistryAndMetricsWithoutDetails() {
        management.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.tenantRegistry.status").isEqualTo("UP")
                .jsonPath("$.components.tenantRegistry.details").doesNotExist();
        management.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(health -> assertThat(health).doesNotContain("details"));
        management.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        management.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(metrics -> assertThat(metrics).contains("http_server_requests"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator", "/actuator/health", "/actuator/health/readiness", "/actuator/prometheus",
        "/actuator/env"})
    void thePublicPortHasNoActuator(String path) {
        expectProblem(client.get().uri(path).exchange(), HttpStatus.NOT_FOUND, "not-found");
    }

    @Test
    void accessLogHasTenantStatusAndRequestIdButNoQueryString(CapturedOutput output) {
        client.get().uri("/t/suqian/api/v1/workers?phone=13800001234").header("X-Request-Id", "log-test-0001")
                .exchange().expectStatus().isOk();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut())
                .containsPattern("\"message\":\"GET /t/suqian/api/v1/workers 200 \\d+ms subject=-\",\"requestId\":\"log-test-0001\","
                        + "\"tenant\":\"suqian\",\"method\":\"GET\",\"path\":\"/t/suqian/api/v1/workers\",\"status\":\"200\""));
        assertThat(output.getOut()).doesNotContain("13800001234");
    }
}
