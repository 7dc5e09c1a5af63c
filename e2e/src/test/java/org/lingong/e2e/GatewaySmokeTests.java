package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.Platform;

/** Real tokens, real services, real servers: the platform answers through its gateway. */
@ExtendWith(RunningPlatform.class)
class GatewaySmokeTests {

    private static final String GATEWAY = Platform.gatewayUrl();


    @Test
    void theDemoCitiesWereOnboardedThroughTheGateway() {
        Http.Response tenants = Http.get(GATEWAY + "/api/v1/platform/tenants", RunningPlatform.token("platform-admin"),
                Map.of());
        assertThat(tenants.status()).isEqualTo(200);
        assertThat(tenants.body().valueStream().filter(t -> t.get("status").asString().equals("ACTIVE"))
                .map(t -> t.get("code").asString())).contains("suqian", "lianyungang", "huainan", "wucheng");
    }

    @Test
    void theDemoEmployerIsAVerifiedEmployerOfSuqianOnly() {
        String employer = RunningPlatform.token("employer-wang");
        Http.Response suqian = Http.get(GATEWAY + "/t/suqian/api/v1/employers/me", employer, Map.of());
        assertThat(suqian.status()).isEqualTo(200);
        assertThat(suqian.body().get("status").asString()).isEqualTo("VERIFIED");
        assertThat(suqian.body().get("legalName").asString()).isEqualTo("宿迁市王记家政服务有限公司");
        assertThat(Http.get(GATEWAY + "/t/huainan/api/v1/employers/me", employer, Map.of()).status()).isEqualTo(404);
    }

    @Test
    void tenantCoreAnswersByPathPrefixAndByHost() {
        Http.Response byPath = Http.get(GATEWAY + "/t/suqian/api/v1/tenant", null, Map.of());
        assertThat(byPath.status()).isEqualTo(200);
        assertThat(byPath.body().at("/branding/brandName").asString()).isEqualTo("零工归宿");
        assertThat(byPath.body().at("/center/latitude").asDouble()).isBetween(33.9, 34.0);

        Http.Response byHost = Http.get(GATEWAY + "/api/v1/tenant", null, Map.of("Host", "lianyungang.lingong.localhost"));
        assertThat(byHost.status()).isEqualTo(200);
        assertThat(byHost.body().at("/branding/brandName").asString()).isEqualTo("港城快工");
    }

    @Test
    void searchAnswersThroughTheGatewayWithARealToken() {
        Http.Response status = Http.get(GATEWAY + "/t/huainan/api/v1/search/status",
                RunningPlatform.token("huainan-admin"), Map.of());
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body().at("/cluster").asString()).isIn("green", "yellow");
        assertThat(status.body().at("/tenant/aliasPresent").asBoolean()).isTrue();
    }

    @Test
    void aCityTokenCannotReachAnotherCityEvenWithASpoofedHeader() {
        String suqian = RunningPlatform.token("suqian-admin");
        assertThat(Http.get(GATEWAY + "/t/suqian/api/v1/audit-events", suqian, Map.of()).status()).isEqualTo(200);
        Http.Response other = Http.get(GATEWAY + "/t/huainan/api/v1/audit-events", suqian, Map.of());
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.header("Content-Type")).startsWith("application/problem+json");
        Http.Response spoofed = Http.get(GATEWAY + "/t/huainan/api/v1/audit-events", suqian,
                Map.of("X-Lingong-Tenant", "suqian"));
        assertThat(spoofed.status()).isEqualTo(403);
    }

    @Test
    void unknownAndMalformedCitiesAreProblemsNotErrors() {
        Http.Response unknown = Http.get(GATEWAY + "/t/atlantis/api/v1/tenant", null, Map.of("Accept-Language", "en"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().at("/titles/zh").asString()).isNotBlank();
        assertThat(Http.get(GATEWAY + "/t/Suqian/api/v1/tenant", null, Map.of()).status()).isEqualTo(400);
    }

    @Test
    void requestIdsTravelThroughAndComeBack() {
        Http.Response response = Http.get(GATEWAY + "/t/wucheng/api/v1/tenant", null, Map.of("X-Request-Id", "e2e-req-0001"));
        assertThat(response.header("X-Request-Id")).isEqualTo("e2e-req-0001");
        assertThat(Http.get(GATEWAY + "/t/wucheng/api/v1/tenant", null, Map.of()).header("X-Request-Id")).isNotBlank();
    }

    @Test
    void everyServiceReportsHealthAndMetricsOnItsManagementPort() {
        for (String service : new String[] {"gateway", "tenant-core", "search", "admin-ui"}) {
            Http.Response health = Http.get(Platform.managementUrl(service) + "/actuator/health", null, Map.of());
            assertThat(health.status()).as(service).isEqualTo(200);
            assertThat(health.body().get("status").asString()).as(service).isEqualTo("UP");
            assertThat(Http.get(Platform.managementUrl(service) + "/actuator/prometheus", null, Map.of()).raw()
                    .body()).as(service).contains("jvm_memory_used_bytes");
        }
    }
}
