package org.lingong.core.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.DemoNetwork;
import org.lingong.core.TenantCoreTests;
import org.lingong.core.TestTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Coverage of the Suqian demo network (5 counties, 11 townships, 5 central villages, 12 carriers): exact numbers and
 * gaps, numbers that move as carriers open, pause and close, zero denominators, and who may read it.
 */
class CoverageTests extends TenantCoreTests {


    private static final String COVERAGE = "/api/v1/network/coverage";

    private static String city;
    private static String admin;
    private static String other;
    private static String otherAdmin;
    private static JsonNode demo;

    private static Map<String, String> in(String tenant) {
        return Map.of("X-Lingong-Tenant", tenant, "Accept-Language", "zh-CN");
    }

    @BeforeEach
    void suqianNetwork() {
        if (city != null) {
            return;
        }
        city = TestTenants.uniqueCode();
        admin = TestTenants.onboard(api(), city, "32", "321300");
        other = TestTenants.uniqueCode();
        otherAdmin = TestTenants.onboard(api(), other, "34", "340400");
        demo = DemoNetwork.load(api(), city, admin);
    }

    private void importRegions(String tenant, String token, String csv) {
        Api.Response regions = api().call("POST", "/api/v1/regions/import", token,
                Map.of("X-Lingong-Tenant", tenant, "Content-Type", "text/csv"), csv);
        assertThat(regions.status()).as(regions.raw().body()).isEqualTo(200);
    }

    private JsonNode coverage(String tenant, String token) {
        Api.Response response = api().get(COVERAGE, token, in(tenant));
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return response.body();
    }

    private static JsonNode county(JsonNode coverage, String code) {
        return coverage.get("counties").valueStream().filter(c -> c.get("code").asString().equals(code)).findFirst()
                .orElseThrow();
    }

    /** numerator/denominator percent met, e.g. "3/11 27.3 false"; percent and met print as null when unmeasured. */
    private static String numbers(JsonNode measure) {
        return measure.get("numerator").asLong() + "/" + measure.get("denominator").asLong() + " "
                + (measure.get("percent").isNull() ? "null" : measure.get("percent").decimalValue().toPlainString())
                + " " + (measure.get("met").isNull() ? "null" : measure.get("met").asBoolean());
    }

    private static Stream<String> gaps(JsonNode measure) {
        return measure.get("gaps").valueStream().map(g -> g.get("code").asString() + " " + g.get("name").asString());
    }

    @Test
    void theDemoNetworkCoversWhatItsOpenCarriersReach() {
        JsonNode coverage = coverage(city, admin);
        JsonNode whole = coverage.get("city");
        assertThat(whole.get("code").asString()).isEqualTo("321300");
        assertThat(whole.get("name").asString()).isEqualTo("宿迁市");

        // Stations in 幸福街道 (one at the street, one in 马陵社区 below it), 沭城街道 and 众兴街道; the co-built
        // point in 顺河街道 is no station.
        JsonNode stations = whole.get("townshipStations");
        assertThat(numbers(stations)).isEqualTo("3/11 27.3 false");
        assertThat(stations.get("target").decimalValue()).isEqualByComparingTo("100");
        assertThat(gaps(stations)).containsExactly("321302002 项里街道", "321302101 耿车镇", "321311001 顺河街道",
                "321311102 丁嘴镇", "321322103 韩山镇", "321323104 爱园镇", "321324001 青阳街道", "321324105 双沟镇");
        assertThat(stations.at("/titles/zh").asString()).isEqualTo("设有正常运营零工驿站的乡镇（街道），目标 100%");
        assertThat(stations.at("/titles/en").asString())
                .isEqualTo("Townships and streets with an open gig station, target 100%");

        JsonNode windows = whole.get("centralVillageWindows");
        assertThat(numbers(windows)).isEqualTo("2/5 40.0 true");
        assertThat(windows.get("target").decimalValue()).isEqualByComparingTo("40");
        assertThat(gaps(windows)).containsExactly("321311102203 金星村", "321322103206 韩山村", "321323104208 爱园村");
        assertThat(windows.at("/titles/zh").asString()).isEqualTo("设有正常运营村级零工服务专窗的中心村，目标不低于 40%");

        // The city market sits at the city's own code, the 泗洪 industry market is only planned (and not comprehensive).
        JsonNode markets = whole.get("countyMarkets");
        assertThat(numbers(markets)).isEqualTo("3/5 60.0 false");
        assertThat(gaps(markets)).containsExactly("321323 泗阳县", "321324 泗洪县");

        assertThat(coverage.get("counties").valueStream().map(c -> c.get("code").asString() + " "
                + c.get("name").asString())).containsExactly("321302 宿城区", "321311 宿豫区", "321322 沭阳县",
                "321323 泗阳县", "321324 泗洪县");
        JsonNode sucheng = county(coverage, "321302");
        assertThat(numbers(sucheng.get("townshipStations"))).isEqualTo("1/3 33.3 false");
        assertThat(gaps(sucheng.get("townshipStations"))).containsExactly("321302002 项里街道", "321302101 耿车镇");
        assertThat(numbers(sucheng.get("centralVillageWindows"))).isEqualTo("1/1 100.0 true");
        assertThat(numbers(sucheng.get("countyMarkets"))).isEqualTo("1/1 100.0 true");
        JsonNode suyu = county(coverage, "321311");
        assertThat(numbers(suyu.get("townshipStations"))).isEqualTo("0/2 0.0 false");
        assertThat(numbers(suyu.get("centralVillageWindows"))).isEqualTo("0/1 0.0 false");
        assertThat(gaps(suyu.get("centralVillageWindows"))).containsExactly("321311102203 金星村");
        JsonNode sihong = county(coverage, "321324");
        assertThat(numbers(sihong.get("centralVillageWindows"))).isEqualTo("1/1 100.0 true");
        assertThat(numbers(sihong.get("countyMarkets"))).isEqualTo("0/1 0.0 false");
        assertThat(gaps(sihong.get("countyMarkets"))).containsExactly("321324 泗洪县");
    }

    private long create(ObjectNode carrier) {
        Api.Response created = api().call("POST", "/api/v1/network/carriers", admin, in(city), carrier);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    private void update(long id, ObjectNode carrier) {
        Api.Response updated = api().call("PUT", "/api/v1/network/carriers/" + id, admin, in(city), carrier);
        assertThat(updated.status()).as(updated.raw().body()).isEqualTo(200);
    }

    private void delete(long id) {
        assertThat(api().call("DELETE", "/api/v1/network/carriers/" + id, admin, in(city), null).status())
                .isEqualTo(204);
    }

    /** A demo carrier moved to another region, named by the standard there (or keeping its name if it has none). */
    private static ObjectNode moved(int demoIndex, String regionCode, boolean standardNamed) {
        ObjectNode carrier = (ObjectNode) demo.get(demoIndex).deepCopy();
        carrier.put("regionCode", regionCode);
        if (standardNamed) {
            carrier.remove("name");
        }
        return carrier;
    }

    @Test
    void numbersMoveAsStationsOpenPauseAndClose() {
        long xiangli = create(moved(5, "321302002", true));
        ObjectNode villageStation = moved(6, "321311102204", true);
        long dingzui = create(villageStation);
        try {
            JsonNode coverage = coverage(city, admin);
            assertThat(numbers(coverage.at("/city/townshipStations"))).isEqualTo("5/11 45.5 false");
            assertThat(gaps(coverage.at("/city/townshipStations"))).doesNotContain("321302002 项里街道",
                    "321311102 丁嘴镇");
            assertThat(numbers(county(coverage, "321302").get("townshipStations"))).isEqualTo("2/3 66.7 false");
            assertThat(numbers(county(coverage, "321311").get("townshipStations"))).isEqualTo("1/2 50.0 false");

            update(dingzui, villageStation.put("status", "SUSPENDED"));
            coverage = coverage(city, admin);
            assertThat(numbers(coverage.at("/city/townshipStations"))).isEqualTo("4/11 36.4 false");
            assertThat(gaps(county(coverage, "321311").get("townshipStations"))).contains("321311102 丁嘴镇");
        } finally {
            delete(xiangli);
            delete(dingzui);
        }
        assertThat(numbers(coverage(city, admin).at("/city/townshipStations"))).isEqualTo("3/11 27.3 false");
    }

    @Test
    void onlyOpenComprehensiveMarketsAndOpenWindowsInCentralVillagesCount() {
        ObjectNode siyang = moved(1, "321323", true);
        siyang.put("status", "PLANNED");
        long market = create(siyang);
        ObjectNode industry = moved(4, "321323", true);
        industry.put("status", "OPEN");
        long industryMarket = create(industry);
        long window = create(moved(9, "321311102203", false).put("name", "丁嘴镇金星村零工服务专窗"));
        long plainVillageWindow = create(moved(9, "321311102204", false).put("name", "丁嘴镇丁嘴村零工服务专窗"));
        try {
            JsonNode coverage = coverage(city, admin);
            assertThat(numbers(coverage.at("/city/countyMarkets"))).isEqualTo("3/5 60.0 false");
            assertThat(numbers(county(coverage, "321323").get("countyMarkets"))).isEqualTo("0/1 0.0 false");
            assertThat(numbers(coverage.at("/city/centralVillageWindows"))).isEqualTo("3/5 60.0 true");
            assertThat(numbers(county(coverage, "321311").get("centralVillageWindows"))).isEqualTo("1/1 100.0 true");

            update(market, siyang.put("status", "OPEN"));
            coverage = coverage(city, admin);
            assertThat(numbers(coverage.at("/city/countyMarkets"))).isEqualTo("4/5 80.0 false");
            assertThat(gaps(coverage.at("/city/countyMarkets"))).containsExactly("321324 泗洪县");
            assertThat(numbers(county(coverage, "321323").get("countyMarkets"))).isEqualTo("1/1 100.0 true");
        } finally {
            Stream.of(market, industryMarket, window, plainVillageWindow).forEach(this::delete);
        }
        JsonNode coverage = coverage(city, admin);
        assertThat(numbers(coverage.at("/city/countyMarkets"))).isEqualTo("3/5 60.0 false");
        assertThat(numbers(coverage.at("/city/centralVillageWindows"))).isEqualTo("2/5 40.0 true");
    }

    @Test
    void nothingToMeasureHasNoPercentAndIsNeitherMetNorMissed() {
        JsonNode empty = coverage(other, otherAdmin);
        assertThat(empty.at("/city/code").asString()).isEqualTo("340400");
        assertThat(empty.get("counties").size()).isZero();
        for (String measure : new String[] {"townshipStations", "centralVillageWindows", "countyMarkets"}) {
            assertThat(numbers(empty.get("city").get(measure))).as(measure).isEqualTo("0/0 null null");
            assertThat(empty.get("city").get(measure).get("gaps").size()).isZero();
        }

        importRegions(other, otherAdmin, """
                code,name,level,parent_code,central
                340402,大通区,COUNTY,,
                340403,田家庵区,COUNTY,,
                340402001,大通街道,TOWNSHIP,340402,
                340402001001,大通社区,VILLAGE,340402001,false
                """);
        JsonNode coverage = coverage(other, otherAdmin);
        assertThat(numbers(coverage.at("/city/townshipStations"))).isEqualTo("0/1 0.0 false");
        assertThat(numbers(coverage.at("/city/centralVillageWindows"))).isEqualTo("0/0 null null");
        assertThat(numbers(coverage.at("/city/countyMarkets"))).isEqualTo("0/2 0.0 false");
        JsonNode tianjiaan = county(coverage, "340403");
        assertThat(numbers(tianjiaan.get("townshipStations"))).isEqualTo("0/0 null null");
        assertThat(gaps(tianjiaan.get("countyMarkets"))).containsExactly("340403 田家庵区");
    }

    @Test
    void staffOfTheCityAndItsProvinceReadItOthersDoNot() {
        Api.Response elsewhere = api().get(COVERAGE, otherAdmin, in(city));
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.body().get("type").asString()).endsWith("/tenant-forbidden");
        assertThat(api().get(COVERAGE, Api.userToken("anhui-admin", "demo"), in(city)).status()).isEqualTo(403);
        assertThat(api().get(COVERAGE, Api.userToken("worker-zhang", "demo"), in(city)).status()).isEqualTo(403);
        assertThat(api().get(COVERAGE, null, in(city)).status()).isEqualTo(401);
        assertThat(numbers(coverage(city, Api.userToken("jiangsu-admin", "demo")).at("/city/countyMarkets")))
                .isEqualTo("3/5 60.0 false");
        assertThat(numbers(coverage(city, Api.userToken("platform-admin", "demo")).at("/city/countyMarkets")))
                .isEqualTo("3/5 60.0 false");
    }
}
