package org.lingong.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lingong.devstack.junit.RealServers;
import org.lingong.gateway.tenant.GatewayReplicas;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;

/**
 * Rate limits per caller through the running gateway, with small limits of its own (6 at once, then one per 100 s, so
 * no refill falls inside a test) and one trusted proxy, 127.0.0.2. Clients speak from different loopback addresses
 * (127.0.0.0/8 is all this machine). Each test uses callers of its own; the replica test runs last.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealServers
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RateLimitTests {

    static final FakeService TENANT_CORE = FakeService.start("tenant-core");
    static final FakeService SEARCH = FakeService.start("search");
    static final String CATEGORIES = "/t/suqian/api/v1/job-categories";

    static {
        TENANT_CORE.register("suqian", "32", "ACTIVE", 1000);
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        FakeService.routeTo(registry, TENANT_CORE, SEARCH);
        registry.add("lingong.gateway.rate-limit.anonymous.per-second", () -> "0.01");
        registry.add("lingong.gateway.rate-limit.anonymous.burst", () -> "6");
        registry.add("lingong.gateway.rate-limit.authenticated.per-second", () -> "0.01");
        registry.add("lingong.gateway.rate-limit.authenticated.burst", () -> "6");
        registry.add("lingong.gateway.rate-limit.trusted-proxies", () -> "127.0.0.2/32");
    }

    @LocalServerPort
    int port;
    @Autowired
    GatewayReplicas replicas;

    private static final AtomicInteger PROBES = new AtomicInteger();

    @BeforeEach
    void registryLoaded() {
        // Each try from an address of its own, so waiting spends no caller's limit.
        await().atMost(Duration.ofSeconds(20)).until(() -> from("127.0.1." + PROBES.incrementAndGet()).get()
                .uri(CATEGORIES).exchange().returnResult(Void.class).getStatus().value() == 200);
    }

    /** A client connecting from this loopback address. */
    private WebTestClient from(String address) {
        HttpClient http = HttpClient.create().bindAddress(() -> new InetSocketAddress(address, 0));
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(http)).baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
    }

    private static Consumer<HttpHeaders> bearer(String username) {
        return headers -> headers.setBearerAuth(Keycloak.token(username));
    }

    private static List<Integer> statuses(int requests, WebTestClient client, Consumer<HttpHeaders> headers) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            statuses.add(client.get().uri(CATEGORIES).headers(headers).exchange().returnResult(Void.class)
                    .getStatus().value());
        }
        return statuses;
    }

    @Test
    @Order(1)
    void anAnonymousFloodIsRefusedWhileOtherAddressesAndSignedInCallersCarryOn() {
        assertThat(statuses(10, from("127.0.0.11"), headers -> { })).containsExactly(200, 200, 200, 200, 200, 200,
                429, 429, 429, 429);

        EntityExchangeResult<byte[]> refused = GatewayIntegrationTest.expectProblem(from("127.0.0.11").get()
                .uri(CATEGORIES).exchange(), org.springframework.http.HttpStatus.TOO_MANY_REQUESTS, "rate-limited")
                .returnResult();
        assertThat(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("100");
        assertThat(statuses(3, from("127.0.0.12"), headers -> { })).containsOnly(200);
        assertThat(statuses(3, from("127.0.0.11"), bearer("jiangsu-admin"))).containsOnly(200);
    }

    @Test
    @Order(2)
    void aSignedInFloodIsRefusedWhileOtherUsersCarryOn() {
        assertThat(statuses(8, from("127.0.0.21"), bearer("worker-zhang"))).endsWith(429, 429)
                .startsWith(200, 200, 200, 200, 200, 200);
        // The same account from another address is the same caller.
        assertThat(statuses(1, from("127.0.0.22"), bearer("worker-zhang"))).containsOnly(429);
        assertThat(statuses(3, from("127.0.0.21"), bearer("worker-li"))).containsOnly(200);
        assertThat(statuses(3, from("127.0.0.21"), headers -> { })).containsOnly(200);
    }

    @Test
    @Order(3)
    void forwardingHeadersCountOnlyFromTheTrustedProxy() {
        // A client naming other clients in X-Forwarded-For is still itself.
        List<Integer> spoofing = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String pretended = "198.51.100." + i;
            spoofing.add(from("127.0.0.31").get().uri(CATEGORIES).header("X-Forwarded-For", pretended).exchange()
                    .returnResult(Void.class).getStatus().value());
        }
        assertThat(spoofing).endsWith(429, 429);
        // Through the trusted proxy, each client it names has a limit of its own.
        for (int i = 0; i < 8; i++) {
            String client = "198.51.100." + i;
            assertThat(statuses(6, from("127.0.0.2"), headers -> headers.set("X-Forwarded-For", client)))
                    .containsOnly(200);
        }
        assertThat(statuses(1, from("127.0.0.2"), headers -> headers.set("X-Forwarded-For", "198.51.100.1")))
                .containsOnly(429);
    }

    @Test
    @Order(4)
    void aFloodOfInvalidTokensIsRefusedByAddress() {
        List<Integer> statuses = statuses(9, from("127.0.0.41"), headers -> headers.setBearerAuth("not-a-jwt"));
        assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 401, 429, 429, 429);
    }

    @Test
    @Order(5)
    void eachReplicaEnforcesItsShareOfTheLimits() {
        TENANT_CORE.gatewayReplicas = 2;
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> replicas.count() == 2);
            assertThat(statuses(5, from("127.0.0.51"), headers -> { })).containsExactly(200, 200, 200, 429, 429);
        } finally {
            TENANT_CORE.gatewayReplicas = 1;
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> replicas.count() == 1);
        assertThat(statuses(6, from("127.0.0.52"), headers -> { })).containsOnly(200);
    }
}
