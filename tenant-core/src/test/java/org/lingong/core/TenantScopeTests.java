package org.lingong.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * tenant-core's own check of the gateway's tenant header (defence in depth): even a request that reaches the service
 * directly, with any header, gets only what the caller's token allows in that tenant.
 */
class TenantScopeTests extends TenantCoreTests {

    private static String cityA;
    private static String cityB;
    private static String adminA;

    @BeforeEach
    void twoCities() {
        if (cityA == null) {
            cityA = TestTenants.uniqueCode();
            cityB = TestTenants.uniqueCode();
            adminA = TestTenants.onboard(api(), cityA, "32", "321300");
            TestTenants.onboard(api(), cityB, "34", "340400");
        }
    }

    private static Map<String, String> in(String tenant) {
        return Map.of("X-Lingong-Tenant", tenant);
    }

    private static ObjectNode branding(String name) {
        return Api.JSON.createObjectNode().put("brandName", name).put("primaryColor", "#112233");
    }

    @Test
    void aCityAdminActsInItsOwnCity() {
        Api.Response rebranded = api().call("PUT", "/api/v1/tenant/branding", adminA, in(cityA), branding("新品牌"));
        assertThat(rebranded.status()).isEqualTo(200);
        assertThat(rebranded.body().at("/branding/brandName").asString()).isEqualTo("新品牌");
        Api.Response audit = api().get("/api/v1/audit-events", adminA, in(cityA));
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.body().get("items").valueStream().map(e -> e.get("action").asString()))
                .contains("tenant.branding.changed", "tenant.onboarded");
    }

    @Test
    void anotherCitysTokenReadsAndWritesNothing() {
        String before = api().get("/api/v1/tenant", null, in(cityB)).body().at("/branding/brandName").asString();
        Api.Response write = api().call("PUT", "/api/v1/tenant/branding", adminA, in(cityB), branding("劫持"));
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.body().get("type").asString()).endsWith("/tenant-forbidden");
        assertThat(api().get("/api/v1/audit-events", adminA, in(cityB)).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/tenant", null, in(cityB)).body().at("/branding/brandName").asString())
                .isEqualTo(before);
    }

    @Test
    void malformedMissingOrUnknownTenantsAreClearProblems() {
        for (String bad : new String[] {"suqian;drop schema platform", "../etc", "Suqian", "suqian.evil"}) {
            Api.Response response = api().get("/api/v1/tenant", adminA, Map.of("X-Lingong-Tenant", bad));
            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(response.body().get("type").asString()).endsWith("/invalid-tenant");
        }
        assertThat(api().get("/api/v1/tenant", adminA, Map.of()).body().get("type").asString())
                .endsWith("/tenant-required");
        assertThat(api().get("/api/v1/tenant", null, in("nosuchcity")).status()).isEqualTo(404);
    }

    @Test
    void provinceAdminsReadTheirProvinceOnlyAndWriteNothing() {
        String jiangsu = Api.userToken("jiangsu-admin", "demo");
        assertThat(api().get("/api/v1/audit-events", jiangsu, in(cityA)).status()).isEqualTo(200);
        assertThat(api().get("/api/v1/audit-events", jiangsu, in(cityB)).status()).isEqualTo(403);
        assertThat(api().call("PUT", "/api/v1/tenant/branding", jiangsu, in(cityA), branding("省里改")).status())
                .isEqualTo(403);
    }

    @Test
    void aSuspendedCityIsReadOnlyUntilReactivated() {
        String code = TestTenants.uniqueCode();
        String admin = TestTenants.onboard(api(), code, "32", "321300");
        String platform = Api.userToken("platform-admin", "demo");
        assertThat(api().call("POST", "/api/v1/platform/tenants/" + code + "/suspend", platform, Map.of(), null)
                .body().get("status").asString()).isEqualTo("SUSPENDED");

        Api.Response locked = api().call("PUT", "/api/v1/tenant/branding", admin, in(code), branding("暂停中"));
        assertThat(locked.status()).isEqualTo(423);
        assertThat(locked.body().get("type").asString()).endsWith("/tenant-suspended");
        assertThat(api().get("/api/v1/tenant", null, in(code)).status()).isEqualTo(200);

        api().call("POST", "/api/v1/platform/tenants/" + code + "/reactivate", platform, Map.of(), null);
        assertThat(api().call("PUT", "/api/v1/tenant/branding", admin, in(code), branding("恢复")).status())
                .isEqualTo(200);
    }

    @Test
    void badBrandingIsAFieldProblemInTheCallersLanguage() {
        Api.Response bad = api().call("PUT", "/api/v1/tenant/branding", adminA,
                Map.of("X-Lingong-Tenant", cityA, "Accept-Language", "zh-CN"),
                Api.JSON.createObjectNode().put("primaryColor", "red").put("hotline", "call me"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("title").asString()).isEqualTo("请求内容有误");
        assertThat(bad.body().get("errors").valueStream().map(e -> e.get("message").asString()))
                .contains("颜色须为 #RRGGBB 格式", "热线号码只能包含数字和连字符");
    }

    @Test
    void theRoutingDocumentIsForServicesAndAnswers304WhenUnchanged() {
        String service = Api.serviceToken();
        Api.Response first = api().get("/internal/v1/tenant-routes", service, Map.of());
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("tenants").valueStream().map(t -> t.get("code").asString())).contains(cityA, cityB);
        assertThat(api().get("/internal/v1/tenant-routes", service, Map.of("If-None-Match", first.header("ETag")))
                .status()).isEqualTo(304);
        assertThat(api().get("/internal/v1/tenant-routes", adminA, Map.of()).status()).isEqualTo(403);
        assertThat(api().get("/internal/v1/tenant-routes", null, Map.of()).status()).isEqualTo(401);
    }
}
