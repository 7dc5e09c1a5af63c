package org.lingong.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalManagementPort;

/**
 * Actuator answers on the management port only (issue 13, item 9): Prometheus and health were open on the public
 * port, which the gateway's clients could reach if tenant-core were ever exposed. The public port has no actuator.
 */
class OperationalEndpointsTests extends TenantCoreTests {

    @LocalManagementPort
    int managementPort;

    @ParameterizedTest
    @ValueSource(strings = {"/actuator", "/actuator/health", "/actuator/health/liveness", "/actuator/prometheus",
        "/actuator/info"})
    void thePublicPortHasNoActuator(String path) {
        Api.Response response = api().get(path, null, Map.of());

        response.expectProblem(404, "not-found");
        assertThat(response.raw().body()).doesNotContain("jvm_memory", "\"components\"");
    }

    @Test
    void theManagementPortServesProbesAndMetricsWithoutHealthDetails() {
        Api management = new Api(managementPort);

        Api.Response health = management.get("/actuator/health", null, Map.of()).expect(200);
        assertThat(health.body().path("status").asString()).isEqualTo("UP");
        assertThat(health.raw().body()).doesNotContain("\"details\"");
        management.get("/actuator/health/readiness", null, Map.of()).expect(200);
        assertThat(management.get("/actuator/prometheus", null, Map.of()).expect(200).raw().body())
                .contains("jvm_memory_used_bytes");
        assertThat(management.get("/actuator/env", null, Map.of()).status()).isNotEqualTo(200);
    }
}
