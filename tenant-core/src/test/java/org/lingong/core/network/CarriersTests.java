package org.lingong.core.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.DemoNetwork;
import org.lingong.core.TenantCoreTests;
import org.lingong.core.TestTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service network of a Suqian test city loaded from the demo files: every guideline rule (region level, standard
 * names, market area WARN/BLOCK, coordinates, phones), filters and paging, audit, isolation from another city.
 */
class CarriersTests extends TenantCoreTests {

    private static String city;
    private static String admin;
    private static String other;
    private static String otherAdmin;
    private static JsonNode demo;

    private static Map<String, String> in(String tenant) {
        return Map.of("X-Lingong-Tenant", tenant, "Accept-Language", "zh-CN");
    }

    private static Map<String, String> inEnglish(String tenant) {
        return Map.of("X-Lingong-Tenant", tenant, "Accept-Language", "en");
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

    /** A county market in 泗阳县, which the demo network has none of; each test changes what it needs. */
    private static ObjectNode siyangMarket() {
        ObjectNode market = (ObjectNode) demo.get(1).deepCopy();
        market.put("name", "宿迁市泗阳县零工市场").put("regionCode", "321323").put("latitude", 33.7229)
                .put("longitude", 118.6985).put("address", "泗阳县众兴街道人民中路 1 号");
        return market;
    }

    private Api.Response create(ObjectNode carrier, Map<String, String> headers) {
        return api().call("POST", "/api/v1/network/carriers", admin, headers, carrier);
    }

    @Test
    void theDemoNetworkIsStoredWithEveryStructuredField() {
        JsonNode page = api().get("/api/v1/network/carriers?kind=MARKET&regionCode=321300&status=OPEN", admin, in(city))
                .body();
        JsonNode cityMarket = page.get("items").valueStream()
                .filter(c -> c.get("marketLevel").asString().equals("CITY")).findFirst().orElseThrow();
        assertThat(cityMarket.get("name").asString()).isEqualTo("宿迁市零工市场");
        assertThat(cityMarket.at("/openingHours/weekly/SUNDAY/0/open").asString()).isEqualTo("05:30");
        assertThat(cityMarket.at("/openingHours/exceptions/1/note").asString()).isEqualTo("春节");
        assertThat(cityMarket.get("zones").valueStream().mapToDouble(z -> z.get("areaM2").asDouble()).sum())
                .isEqualTo(1200.0);
        assertThat(cityMarket.get("facilities").size()).isEqualTo(4);
        assertThat(cityMarket.get("warnings").size()).isZero();

        JsonNode one = api().get("/api/v1/network/carriers/" + cityMarket.get("id").asLong(), admin, in(city)).body();
        assertThat(one.get("services").valueStream().map(JsonNode::asString)).contains("RIGHTS_PROTECTION");
        assertThat(api().get("/api/v1/network/carriers/987654321", admin, in(city)).status()).isEqualTo(404);
    }

    @Test
    void filtersCoverARegionAndEverythingBelowItAndPagesCount() {
        JsonNode sucheng = api().get("/api/v1/network/carriers?regionCode=321302", admin, in(city)).body();
        assertThat(sucheng.get("items").valueStream().map(c -> c.get("name").asString())).containsExactly(
                "宿迁市宿城区零工市场", "宿城区幸福街道零工驿站", "宿城区幸福街道马陵社区零工驿站", "耿车镇大众村零工服务专窗");
        assertThat(api().get("/api/v1/network/carriers?kind=WINDOW", admin, in(city)).body().get("total").asLong())
                .isEqualTo(2);
        assertThat(api().get("/api/v1/network/carriers?kind=MARKET&status=PLANNED", admin, in(city)).body()
                .at("/items/0/name").asString()).isEqualTo("宿迁市泗洪县建筑业零工市场");
        JsonNode second = api().get("/api/v1/network/carriers?kind=STATION&page=1&size=3", admin, in(city)).body();
        assertThat(second.get("total").asLong()).isEqualTo(4);
        assertThat(second.get("items").size()).isEqualTo(1);
        assertThat(second.get("page").asInt()).isEqualTo(1);
    }

    @Test
    void standardNamesComeFromTheRegionChain() {
        assertThat(standardName("MARKET", "321300", null)).isEqualTo("宿迁市零工市场");
        assertThat(standardName("MARKET", "321302", null)).isEqualTo("宿迁市宿城区零工市场");
        assertThat(standardName("MARKET", "321324", "家政服务")).isEqualTo("宿迁市泗洪县家政服务零工市场");
        assertThat(standardName("STATION", "321322001", null)).isEqualTo("沭阳县沭城街道零工驿站");
        assertThat(standardName("STATION", "321302001001", null)).isEqualTo("宿城区幸福街道马陵社区零工驿站");
        Api.Response window = api().get("/api/v1/network/standard-name?kind=WINDOW&regionCode=321302101201", admin,
                in(city));
        assertThat(window.status()).isEqualTo(400);
        assertThat(window.body().get("type").asString()).endsWith("/standard-name-undefined");
        Api.Response unknown = api().get("/api/v1/network/standard-name?kind=MARKET&regionCode=110101", admin,
                inEnglish(city));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("title").asString()).isEqualTo("Region 110101 is not one of this city’s regions");
    }

    private String standardName(String kind, String region, String industry) {
        Api.Response response = api().get("/api/v1/network/standard-name?kind=" + kind + "&regionCode=" + region
                + (industry == null ? "" : "&industry=" + java.net.URLEncoder.encode(industry,
                java.nio.charset.StandardCharsets.UTF_8)), admin, in(city));
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return response.body().get("name").asString();
    }

    @Test
    void aWrongNameIsRefusedWithTheExpectedOneAndAMissingNameIsFilledIn() {
        Api.Response wrong = create(siyangMarket().put("name", "泗阳零工大市场"), inEnglish(city));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().get("type").asString()).endsWith("/carrier-name-mismatch");
        assertThat(wrong.body().get("expectedName").asString()).isEqualTo("宿迁市泗阳县零工市场");
        assertThat(wrong.body().get("title").asString())
                .isEqualTo("The name does not follow the standard; it should be \"宿迁市泗阳县零工市场\"");
        assertThat(wrong.body().at("/titles/zh").asString()).isEqualTo("名称不符合规范，应为“宿迁市泗阳县零工市场”");
        // Also as the name field's error, for forms.
        assertThat(wrong.body().at("/errors/0/field").asString()).isEqualTo("name");
        assertThat(wrong.body().at("/errors/0/message").asString())
                .isEqualTo("The name does not follow the standard; it should be \"宿迁市泗阳县零工市场\"");

        ObjectNode unnamed = siyangMarket();
        unnamed.remove("name");
        Api.Response named = create(unnamed, in(city));
        assertThat(named.status()).as(named.raw().body()).isEqualTo(201);
        assertThat(named.body().get("name").asString()).isEqualTo("宿迁市泗阳县零工市场");
        assertThat(api().call("DELETE", "/api/v1/network/carriers/" + named.body().get("id").asLong(), admin, in(city),
                null).status()).isEqualTo(204);
    }

    @Test
    void aSmallMarketIsAWarningOrARefusalAsTheCityChose() {
        assertThat(api().get("/api/v1/network/settings", admin, in(city)).body().get("marketAreaRule").asString())
                .isEqualTo("WARN");
        Api.Response warned = create(siyangMarket().put("indoorAreaM2", 60.0), in(city));
        assertThat(warned.status()).isEqualTo(201);
        assertThat(warned.body().at("/warnings/0/code").asString()).isEqualTo("market-area-below-guideline");
        assertThat(warned.body().at("/warnings/0/zh").asString()).isEqualTo("零工市场室内面积应不少于 100 平方米");
        assertThat(warned.body().at("/warnings/0/en").asString())
                .isEqualTo("A gig market should have at least 100 m² of indoor space");
        long id = warned.body().get("id").asLong();

        try {
            assertThat(api().call("PUT", "/api/v1/network/settings", admin, in(city), Map.of("marketAreaRule", "BLOCK"))
                    .status()).isEqualTo(200);
            Api.Response blocked = api().call("PUT", "/api/v1/network/carriers/" + id, admin, inEnglish(city),
                    siyangMarket().put("indoorAreaM2", 99.5));
            assertThat(blocked.status()).isEqualTo(400);
            assertThat(blocked.body().get("type").asString()).endsWith("/market-area-too-small");
            assertThat(blocked.body().get("title").asString())
                    .isEqualTo("A gig market needs at least 100 m² of indoor space");
            assertThat(api().get("/api/v1/network/carriers/" + id, admin, in(city)).body().get("indoorAreaM2")
                    .asDouble()).isEqualTo(60.0);
            Api.Response enlarged = api().call("PUT", "/api/v1/network/carriers/" + id, admin, in(city),
                    siyangMarket().put("indoorAreaM2", 150.0).put("status", "SUSPENDED"));
            assertThat(enlarged.status()).isEqualTo(200);
            assertThat(enlarged.body().get("warnings").size()).isZero();
            assertThat(enlarged.body().get("status").asString()).isEqualTo("SUSPENDED");
        } finally {
            api().call("PUT", "/api/v1/network/settings", admin, in(city), Map.of("marketAreaRule", "WARN"));
            api().call("DELETE", "/api/v1/network/carriers/" + id, admin, in(city), null);
        }
        assertThat(api().get("/api/v1/audit-events", admin, in(city)).body().get("items").valueStream()
                .map(e -> e.get("action").asString()))
                .contains("carrier.created", "carrier.updated", "carrier.deleted", "network.settings.changed");
    }

    @Test
    void eachKindBelongsAtItsRegionLevel() {
        ObjectNode windowInTownship = (ObjectNode) demo.get(9).deepCopy();
        windowInTownship.put("regionCode", "321302101");
        Api.Response window = create(windowInTownship, in(city));
        assertThat(window.status()).isEqualTo(400);
        assertThat(window.body().get("type").asString()).endsWith("/carrier-region-level");
        assertThat(window.body().get("title").asString()).isEqualTo("区划 321302101（TOWNSHIP）级别不符，该类载体只能设在：VILLAGE");
        assertThat(window.body().get("errors").valueStream().map(e -> e.get("field").asString() + ": "
                + e.get("message").asString()))
                .containsExactly("regionCode: 区划 321302101（TOWNSHIP）级别不符，该类载体只能设在：VILLAGE");

        ObjectNode stationInCounty = (ObjectNode) demo.get(5).deepCopy();
        stationInCounty.put("regionCode", "321302");
        assertThat(create(stationInCounty, in(city)).body().get("type").asString()).endsWith("/carrier-region-level");

        Api.Response countyMarketInCity = create(siyangMarket().put("regionCode", "321300"), inEnglish(city));
        assertThat(countyMarketInCity.body().get("title").asString())
                .isEqualTo("Region 321300 (CITY) is at the wrong level; this kind of carrier belongs at: COUNTY");

        Api.Response elsewhere = create(siyangMarket().put("regionCode", "340402"), in(city));
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.body().get("type").asString()).endsWith("/carrier-region-unknown");
        assertThat(elsewhere.body().at("/errors/0/field").asString()).isEqualTo("regionCode");
        assertThat(elsewhere.body().at("/errors/0/message").asString()).isEqualTo("区划 340402 不属于本市");
    }

    @Test
    void coordinatesPhonesAndKindSpecificFieldsAreChecked() {
        Api.Response far = create(siyangMarket().put("latitude", 60.1).put("longitude", 20.0)
                .put("hotline", "12345abc").put("complaintPhone", "0527-123"), in(city));
        assertThat(far.status()).isEqualTo(400);
        assertThat(far.body().get("title").asString()).isEqualTo("请求内容有误");
        assertThat(far.body().get("errors").valueStream().map(e -> e.get("field").asString() + ": "
                + e.get("message").asString())).containsExactlyInAnyOrder(
                "latitude: 纬度须在 3 到 54 之间（WGS-84）", "longitude: 经度须在 73 到 136 之间（WGS-84）",
                "hotline: 电话格式不正确（手机、带区号固话、400 或 12333 类号码）",
                "complaintPhone: 电话格式不正确（手机、带区号固话、400 或 12333 类号码）");

        Api.Response missing = create(siyangMarket().putNull("latitude"), inEnglish(city));
        assertThat(missing.body().at("/errors/0/message").asString())
                .isEqualTo("Latitude must be between 3 and 54 (WGS-84)");

        ObjectNode inconsistent = siyangMarket().put("operatorType", "COMMISSIONED").put("industry", "建筑业");
        inconsistent.remove("marketLevel");
        ((ObjectNode) inconsistent.get("openingHours").get("weekly").get("MONDAY").get(0)).put("close", "05:00");
        Api.Response wrong = create(inconsistent, inEnglish(city));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().get("type").asString()).endsWith("/carrier-invalid");
        assertThat(wrong.body().at("/titles/zh").asString()).isEqualTo("载体信息有误");
        assertThat(wrong.body().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("marketLevel", "industry", "operatorAgency", "openingHours");

        Api.Response garbled = api().call("POST", "/api/v1/network/carriers", admin, in(city), "{\"kind\":\"CASTLE\"}");
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(api().get("/api/v1/network/carriers?regionCode=321323", admin, in(city)).body().get("total")
                .asLong()).isEqualTo(1);
    }

    @Test
    void anotherCitysAdminNeitherReadsNorWritesThisNetwork() {
        Api.Response read = api().get("/api/v1/network/carriers", otherAdmin, in(city));
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.body().get("type").asString()).endsWith("/tenant-forbidden");
        Api.Response write = api().call("POST", "/api/v1/network/carriers", otherAdmin, in(city), siyangMarket());
        assertThat(write.status()).isEqualTo(403);
        Api.Response settings = api().call("PUT", "/api/v1/network/settings", otherAdmin, in(city),
                Map.of("marketAreaRule", "BLOCK"));
        assertThat(settings.status()).isEqualTo(403);
        long id = api().get("/api/v1/network/carriers?kind=WINDOW", admin, in(city)).body().at("/items/0/id").asLong();
        assertThat(api().get("/api/v1/network/carriers/" + id, otherAdmin, in(other)).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/network/carriers", otherAdmin, in(other)).body().get("total").asLong()).isZero();
        assertThat(api().get("/api/v1/network/carriers", null, in(city)).status()).isEqualTo(401);
    }

    @Test
    void thePublicDirectoryListsOpenCarriersWithoutSigningIn() {
        Api.Response page = api().get("/api/v1/network/directory?size=5", null, in(city));
        assertThat(page.status()).as(page.raw().body()).isEqualTo(200);
        JsonNode directory = page.body();
        long open = demo.valueStream().filter(c -> c.get("status").asString().equals("OPEN")).count();
        assertThat(directory.get("total").asLong()).isEqualTo(open);
        assertThat(directory.get("items").size()).isEqualTo(5);
        assertThat(directory.get("title").asString()).isEqualTo("宿迁市零工服务网络名录");
        assertThat(directory.get("publishedOn").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        JsonNode market = directory.get("items").valueStream()
                .filter(e -> e.get("name").asString().equals("宿迁市宿城区零工市场")).findFirst().orElseThrow();
        assertThat(market.get("kindName").asString()).isEqualTo("零工市场");
        assertThat(market.get("regionName").asString()).isEqualTo("宿城区");
        assertThat(market.get("openingHoursText").asString()).startsWith("周一 05:30-11:30；周二 05:30-11:30");

        String csv = api().get("/api/v1/network/directory?format=csv", null, inEnglish(city)).raw().body();
        assertThat(csv).startsWith("\uFEFFKind,Name,Region,Address");
        assertThat(csv).contains("宿城区幸福街道马陵社区零工驿站").doesNotContain("宿迁市泗洪县建筑业零工市场");
        assertThat(csv.lines().count()).isEqualTo(open + 1);

        Api.Response xlsx = api().get("/api/v1/network/directory?format=xlsx", null, in(city));
        assertThat(xlsx.header("Content-Type")).startsWith("application/vnd.openxmlformats");
        assertThat(xlsx.header("Content-Disposition")).contains("attachment", ".xlsx");
        assertThat(xlsx.raw().body()).startsWith("PK");

        Api.Response pdf = api().get("/api/v1/network/directory?format=pdf", null, inEnglish(city));
        assertThat(pdf.status()).isEqualTo(400);
        assertThat(pdf.body().get("title").asString())
                .isEqualTo("Unknown directory format \"pdf\" (json, csv or xlsx)");
        Api.Response elsewhere = api().get("/api/v1/network/directory", null, in(other));
        assertThat(elsewhere.status()).as(elsewhere.raw().body()).isEqualTo(200);
        assertThat(elsewhere.body().get("total").asLong()).isZero();
    }

    @Test
    void theMapIsGeoJsonInTheReadersCoordinateSystem() {
        Api.Response wgs = api().get("/api/v1/network/map.geojson", null, in(city));
        assertThat(wgs.status()).isEqualTo(200);
        assertThat(wgs.header("Content-Type")).startsWith("application/geo+json");
        JsonNode station = wgs.body().get("features").valueStream()
                .filter(f -> f.at("/properties/name").asString().equals("泗阳县众兴街道零工驿站")).findFirst().orElseThrow();
        assertThat(station.at("/geometry/coordinates/0").asDouble()).isEqualTo(118.7033);
        assertThat(station.at("/geometry/coordinates/1").asDouble()).isEqualTo(33.7214);
        assertThat(station.at("/properties/kind").asString()).isEqualTo("STATION");
        assertThat(wgs.body().has("crs")).isFalse();

        JsonNode amap = api().get("/api/v1/network/map.geojson?crs=gcj02", null, in(city)).body();
        assertThat(amap.at("/crs/code").asString()).isEqualTo("gcj02");
        JsonNode shifted = amap.get("features").valueStream()
                .filter(f -> f.get("id").asString().equals(station.get("id").asString())).findFirst().orElseThrow();
        // GCJ-02 moves points in Jiangsu a few hundred metres, mostly east.
        assertThat(shifted.at("/geometry/coordinates/0").asDouble() - 118.7033).isBetween(0.002, 0.01);
        assertThat(api().get("/api/v1/network/map.geojson?crs=bd09", null, in(city)).body().at("/crs/code")
                .asString()).isEqualTo("bd09");
        assertThat(api().get("/api/v1/network/map.geojson?crs=utm", null, in(city)).status()).isEqualTo(400);
        assertThat(wgs.body().get("features").size()).isEqualTo((int) demo.valueStream()
                .filter(c -> c.get("status").asString().equals("OPEN")).count());
    }
}
