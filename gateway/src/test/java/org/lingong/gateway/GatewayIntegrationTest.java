package org.lingong.gateway;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.lingong.devstack.junit.RealServers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway on a random port in front of two fake services, with dev-stack's real Keycloak for tokens. Subclasses
 * share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealServers
abstract class GatewayIntegrationTest {

    static final FakeService TENANT_CORE = FakeService.start("tenant-core");
    static final FakeService SEARCH = FakeService.start("search");

    static {
        TENANT_CORE.register("suqian", "32", "ACTIVE", 1000, "jobs.suqian.example.cn");
        TENANT_CORE.register("huaian", "32", "ACTIVE", 1000);
        TENANT_CORE.register("hefei", "34", "ACTIVE", null);
        TENANT_CORE.register("lianyungang", "32", "SUSPENDED", 1000);
        TENANT_CORE.register("quota", "32", "ACTIVE", 2);
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        FakeService.routeTo(registry, TENANT_CORE, SEARCH);
    }

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    WebTestClient client;
    /** The management port: actuator's health, probes and metrics, never served on the public port. */
    WebTestClient management;

    @BeforeEach
    void gatewayClient() {
        client = WebTestClient.bindToServer()
                .baseUrl(baseUrl())
                .responseTimeout(Duration.ofSeconds(20))
                .build();
        management = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + managementPort)
                .responseTimeout(Duration.ofSeconds(20))
                .build();
        awaitRegistryLoaded();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** A URI sent exactly as written, percent escapes and all. */
    URI raw(String pathAndQuery) {
        return URI.create(baseUrl() + pathAndQuery);
    }

    static WebTestClient.BodyContentSpec expectProblem(WebTestClient.ResponseSpec response, HttpStatus status,
            String slug) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://lingong.org.cn/problems/" + slug)
                .jsonPath("$.status").isEqualTo(status.value())
                .jsonPath("$.titles.zh").isNotEmpty()
                .jsonPath("$.titles.en").isNotEmpty()
                .jsonPath("$.detail").isNotEmpty()
                .jsonPath("$.requestId").isNotEmpty();
    }

    private void awaitRegistryLoaded() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                management.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk());
    }
}
