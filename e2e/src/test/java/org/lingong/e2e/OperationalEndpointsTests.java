package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.Platform;

/**
 * Operational endpoints stay off the public ports (issue 13, item 9): every service serves actuator on a management
 * port of its own, which the Helm chart keeps inside the cluster (probes and Prometheus use it). On a public port
 * {@code /actuator/**} does not exist — a 404 problem — and health never shows details to an anonymous caller.
 */
@ExtendWith(RunningPlatform.class)
class OperationalEndpointsTests {

    private static final List<String> ACTUATOR = List.of("/actuator", "/actuator/health", "/actuator/health/liveness",
            "/actuator/health/readiness", "/actuator/prometheus", "/actuator/info", "/actuator/env");

    @ParameterizedTest
    @ValueSource(strings = {"gateway", "tenant-core", "search", "admin-ui"})
    void thePublicPortHasNoActuator(String service) {
        for (String path : ACTUATOR) {
            Http.Response response = Http.get(Platform.serviceUrl(service) + path, null, Map.of());

            assertThat(response.status()).as(service + path).isEqualTo(404);
            assertThat(response.header("Content-Type")).as(service + path).startsWith("application/problem+json");
            assertThat(response.body().path("type").asString()).isEqualTo("https://lingong.org.cn/problems/not-found");
            assertThat(response.raw().body()).doesNotContain("jvm_memory", "\"components\"");
        }
    }

    @Test
    void theGatewayRoutesNoActuatorOfAnyService() {
        for (String path : List.of("/t/suqian/actuator/prometheus", "/t/suqian/actuator/health", "/actuator/health")) {
            Http.Response response = Http.get(Platform.gatewayUrl() + path, null, Map.of("Accept-Language", "en"));

            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gateway", "tenant-core", "search", "admin-ui"})
    void theManagementPortServesProbesAndMetricsButNoHealthDetails(String service) {
        String management = Platform.managementUrl(service);

        Http.Response health = Http.get(management + "/actuator/health", null, Map.of());
        assertThat(health.status()).as(service).isEqualTo(200);
        assertThat(health.body().path("status").asString()).isEqualTo("UP");
        assertThat(health.raw().body()).as(service).doesNotContain("\"details\"");
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            assertThat(Http.get(management + probe, null, Map.of()).status()).as(service + probe).isEqualTo(200);
        }
        assertThat(Http.get(management + "/actuator/prometheus", null, Map.of()).raw().body()).as(service)
                .contains("jvm_memory_used_bytes");
        assertThat(Http.get(management + "/actuator/env", null, Map.of()).status()).as(service).isNotEqualTo(200);
    }
}
