package org.lingong.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.devstack.junit.RealServers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The nearby search's circuit breaker in front of a search stand-in that fails, stalls or refuses on demand: whatever
 * search cannot serve, tenant-core answers (same path and query, same tenant), and a 4xx from search is the client's
 * answer and no failure. Its own context, so its circuit's state is its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealServers
class SearchFallbackTests {

    static final FakeService TENANT_CORE = FakeService.start("tenant-core");
    static final FakeService SEARCH = FakeService.start("search");
    static final String NEARBY = "/t/suqian/api/v1/jobs/nearby?lat=33.9631&lon=118.2752&minutes=15&category=catering";

    static {
        TENANT_CORE.register("suqian", "32", "ACTIVE", 1000);
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        FakeService.routeTo(registry, TENANT_CORE, SEARCH);
    }

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    CircuitBreakerRegistry circuits;

    WebTestClient client;
    CircuitBreaker circuit;

    @BeforeEach
    void gateway() {
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort).build()
                        .get().uri("/actuator/health/readiness").exchange().expectStatus().isOk());
        circuit = circuits.circuitBreaker("searchNearby");
        circuit.reset();
    }

    @AfterEach
    void searchWorksAgain() {
        SEARCH.status = 200;
        SEARCH.delayMillis = 0;
        circuit.reset();
    }

    private void expectTenantCoreAnswered() {
        client.get().uri(NEARBY).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo("tenant-core")
                .jsonPath("$.path").isEqualTo("/api/v1/jobs/nearby")
                .jsonPath("$.query").isEqualTo("lat=33.9631&lon=118.2752&minutes=15&category=catering")
                .jsonPath("$.headers['x-lingong-tenant']").isEqualTo("suqian")
                .jsonPath("$.headers['x-lingong-tenant-province']").isEqualTo("32");
    }

    @Test
    void aHealthySearchAnswersNearbyItself() {
        client.get().uri(NEARBY).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("search")
                .jsonPath("$.path").isEqualTo("/api/v1/jobs/nearby");
    }

    @Test
    void anOpenCircuitSendsTheSameRequestToTenantCoreWithoutTryingSearch() {
        circuit.transitionToOpenState();
        int searchCalls = SEARCH.echoed();
        expectTenantCoreAnswered();
        assertThat(SEARCH.echoed()).isEqualTo(searchCalls);
    }

    @Test
    void aFailingSearchFallsBackAndEnoughFailuresOpenTheCircuit() {
        SEARCH.status = 503;
        for (int i = 0; i < 5; i++) {
            expectTenantCoreAnswered();
        }
        assertThat(circuit.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void aSearchSlowerThanTheTimeLimitFallsBack() {
        SEARCH.delayMillis = 3_000;
        expectTenantCoreAnswered();
        assertThat(circuit.getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
    }

    @Test
    void aBadRequestAnsweredBySearchPassesThroughAndIsNoFailure() {
        SEARCH.status = 400;
        for (int i = 0; i < 10; i++) {
            client.get().uri(NEARBY).exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.service").isEqualTo("search");
        }
        assertThat(circuit.getMetrics().getNumberOfFailedCalls()).isZero();
        assertThat(circuit.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void theFallbackPathIsNotReachableFromOutsideAndTypeaheadHasNoFallback() {
        client.get().uri("/fallback/jobs-nearby?lat=33.9631&lon=118.2752").exchange().expectStatus().isNotFound();
        client.get().uri("/t/suqian/fallback/jobs-nearby?lat=33.9631&lon=118.2752").exchange()
                .expectStatus().isNotFound();
        circuit.transitionToOpenState();
        client.get().uri("/t/suqian/api/v1/jobs/nearby/suggest?lat=33.9631&lon=118.2752&prefix=保").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("search");
    }
}
