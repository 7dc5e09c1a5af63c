package org.lingong.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.OneCityTests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A city's own map tiles, part of its branding: set by its administrator, public in its profile. */
class MapTilesTests extends OneCityTests {

    private static final String AMAP =
            "https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}";


    private static ObjectNode branding(String url, String subdomains, String attribution, Integer maxZoom) {
        ObjectNode body = Api.JSON.createObjectNode().put("brandName", "测试零工").put("hotline", "0527-12333");
        ObjectNode tiles = body.putObject("mapTiles").put("urlTemplate", url).put("subdomains", subdomains)
                .put("attribution", attribution).put("coordinates", "GCJ02");
        tiles.put("maxZoom", maxZoom);
        return body;
    }

    private JsonNode profile() {
        return api().get("/api/v1/tenant", null, in("zh-CN")).body();
    }

    @Test
    void aCityAdminSetsAmapTilesThatThePublicProfileShowsAndClearsThemAgain() {
        assertThat(profile().at("/branding/mapTiles").isNull()).as("the platform default at first").isTrue();

        api().call("PUT", "/api/v1/tenant/branding", admin, in("zh-CN"), branding(AMAP, "1234", "© 高德地图", 18))
                .expect(200);
        JsonNode tiles = profile().at("/branding/mapTiles");
        assertThat(tiles.get("urlTemplate").asString()).isEqualTo(AMAP);
        assertThat(tiles.get("subdomains").asString()).isEqualTo("1234");
        assertThat(tiles.get("attribution").asString()).isEqualTo("© 高德地图");
        assertThat(tiles.get("maxZoom").asInt()).isEqualTo(18);
        assertThat(tiles.get("coordinates").asString()).isEqualTo("GCJ02");

        ObjectNode without = branding(AMAP, null, null, null);
        without.remove("mapTiles");
        api().call("PUT", "/api/v1/tenant/branding", admin, in("zh-CN"), without).expect(200);
        assertThat(profile().at("/branding/mapTiles").isNull()).isTrue();
    }

    @Test
    void templatesWithoutZxyOrWithOtherPlaceholdersMarkupOrBadZoomAreFieldProblems() {
        JsonNode before = profile().at("/branding");
        String[] bad = {
                "https://tile.example.cn/{z}/{x}.png",                         // no {y}
                "ftp://tile.example.cn/{z}/{x}/{y}.png",                       // not http(s)
                "https://tile.example.cn/{z}/{x}/{y}.png?k={key}",             // unknown placeholder
                "https://tile.example.cn/{z}/{x}/{y}.png\" onerror=\"alert(1)", // quotes
                "javascript:alert('{z}{x}{y}')",
                ""};
        for (String url : bad) {
            Api.Response refused = api().call("PUT", "/api/v1/tenant/branding", admin, in("zh-CN"),
                    branding(url, null, null, null));
            assertThat(refused.status()).as(url).isEqualTo(400);
            assertThat(refused.body().get("errors").valueStream().map(e -> e.get("field").asString()))
                    .as(url).containsOnly("mapTiles.urlTemplate");
        }
        Api.Response english = api().call("PUT", "/api/v1/tenant/branding", admin, in("en"),
                branding("https://t{s}.tianditu.gov.cn/{z}/{x}/{y}", "ABC", "<b>x</b>", 30));
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.body().get("errors").valueStream().map(e -> e.get("field").asString() + ": "
                + e.get("message").asString())).containsExactlyInAnyOrder(
                "mapTiles.subdomains: Subdomains are 1-10 lower-case letters or digits, e.g. abc or 1234",
                "mapTiles.attribution: The attribution is at most 200 characters, without angle brackets",
                "mapTiles.maxZoom: The maximum zoom is between 1 and 22");
        Api.Response chinese = api().call("PUT", "/api/v1/tenant/branding", admin, in("zh-CN"),
                branding("https://tile.example.cn/{z}/{x}.png", null, null, null));
        assertThat(chinese.body().at("/errors/0/message").asString()).startsWith("瓦片地址须为 http(s) 链接，含 {z}、{x}、{y}");
        assertThat(profile().at("/branding")).isEqualTo(before);
    }
}
