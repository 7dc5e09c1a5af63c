package org.lingong.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.TenantCoreTests;
import org.lingong.core.TestTenants;
import tools.jackson.databind.JsonNode;

/** The tenant list: everything for the platform operator, the own province's cities for a province admin. */
class PlatformTenantsTests extends TenantCoreTests {

    @Test
    void provinceAdminSeesOnlyItsProvincesCities() {
        String jiangsuCity = TestTenants.uniqueCode();
        String anhuiCity = TestTenants.uniqueCode();
        String cityAdmin = TestTenants.onboard(api(), jiangsuCity, "32", "321300");
        TestTenants.onboard(api(), anhuiCity, "34", "340400");

        List<JsonNode> all = list(Api.userToken("platform-admin", "demo"));
        assertThat(all).extracting(city -> city.get("code").asString()).contains(jiangsuCity, anhuiCity);

        List<JsonNode> jiangsu = list(Api.userToken("jiangsu-admin", "demo"));
        assertThat(jiangsu).extracting(city -> city.get("code").asString()).contains(jiangsuCity)
                .doesNotContain(anhuiCity);
        assertThat(jiangsu).allSatisfy(city -> assertThat(city.get("provinceCode").asString()).isEqualTo("32"));

        assertThat(api().get("/api/v1/platform/tenants", cityAdmin, Map.of()).status()).isEqualTo(403);
        assertThat(api().call("POST", "/api/v1/platform/tenants/" + jiangsuCity + "/suspend",
                Api.userToken("jiangsu-admin", "demo"), Map.of(), null).status()).isEqualTo(403);
    }

    private List<JsonNode> list(String token) {
        Api.Response response = api().get("/api/v1/platform/tenants", token, Map.of());
        assertThat(response.status()).isEqualTo(200);
        return response.body().valueStream().toList();
    }
}
