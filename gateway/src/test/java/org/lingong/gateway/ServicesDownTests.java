package org.lingong.gateway;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lingong.devstack.junit.RealServers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway while its neighbours are down, in the order it lives through it: tenant-core not ready yet (no registry),
 * then the registry loaded but search unreachable, then tenant-core gone (the last registry keeps serving).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealServers
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServicesDownTests {

    static final FakeService TENANT_CORE = FakeService.start("tenant-core");
    static final int SEARCH_PORT = closedPort();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("LINGONG_TENANT_CORE_URL", TENANT_CORE::url);
        registry.add("LINGONG_SEARCH_URL", () -> "http://127.0.0.1:" + SEARCH_PORT);
        registry.add("lingong.gateway.tenants.poll-interval", () -> "200ms");
    }

    @LocalServerPort
    int port;

    WebTestClient client;

    @BeforeEach
    void gatewayClient() {
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
    }

    @Test
    @Order(1)
    void beforeTheRegistryIsLoadedTenantRequestsGet503AndTheGatewayIsNotReady() {
        GatewayIntegrationTest.expectProblem(client.get().uri("/t/suqian/api/v1/jobs").exchange(),
                HttpStatus.SERVICE_UNAVAILABLE, "registry-unavailable");
        GatewayIntegrationTest.expectProblem(client.get().uri("/api/v1/jobs")
                .header(HttpHeaders.HOST, "jobs.suqian.example.cn").exchange(),
                HttpStatus.SERVICE_UNAVAILABLE, "registry-unavailable");
        client.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectBody().jsonPath("$.components.tenantRegistry.details.loaded").isEqualTo(false);
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    @Order(2)
    void unreachableServiceIsA503ProblemNotA500() {
        TENANT_CORE.register("suqian", "32", "ACTIVE", 100);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk());
        GatewayIntegrationTest.expectProblem(client.get().uri("/t/suqian/api/v1/search/jobs?q=木工").exchange(),
                HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable")
                .jsonPath("$.instance").isEqualTo("/t/suqian/api/v1/search/jobs");
        client.get().uri("/t/suqian/api/v1/jobs").exchange().expectStatus().isOk();
    }

    @Test
    @Order(3)
    void withTenantCoreGoneTheLastRegistryKeepsServing() throws InterruptedException {
        TENANT_CORE.close();
        Thread.sleep(1000); // several failed polls
        GatewayIntegrationTest.expectProblem(client.get().uri("/t/suqian/api/v1/jobs").exchange(),
                HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable");
        GatewayIntegrationTest.expectProblem(client.get().uri("/t/nanjing/api/v1/jobs").exchange(),
                HttpStatus.NOT_FOUND, "unknown-tenant");
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
