package org.lingong.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.OneCityTests;
import org.lingong.core.TestTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class SearchSettingsTests extends OneCityTests {


    private static ObjectNode settings(boolean shares, int walk, int bike, int ebike, int transit) {
        ObjectNode body = Api.JSON.createObjectNode().put("sharesJobsWithNeighbours", shares);
        body.putObject("travelSpeeds").put("WALK", walk).put("BIKE", bike).put("EBIKE", ebike).put("TRANSIT", transit);
        return body;
    }

    private Api.Response routes(String etag) {
        return api().get("/internal/v1/tenant-routes", Api.serviceToken(),
                etag == null ? Map.of() : Map.of("If-None-Match", etag));
    }

    private static JsonNode route(Api.Response routes, String code) {
        return routes.body().get("tenants").valueStream().filter(t -> t.get("code").asString().equals(code))
                .findFirst().orElseThrow();
    }

    @Test
    void aCityAdministratorChangesSpeedsAndSharingAndTheRoutesFeedCarriesThem() {
        JsonNode defaults = api().get("/api/v1/tenant/search-settings", admin, in("zh-CN")).body();
        assertThat(defaults.get("sharesJobsWithNeighbours").asBoolean()).isFalse();
        assertThat(defaults.get("travelSpeeds").toString())
                .isEqualTo("{\"WALK\":75,\"BIKE\":200,\"EBIKE\":300,\"TRANSIT\":250}");
        Api.Response before = routes(null);
        assertThat(route(before, city).get("travelSpeeds").get("WALK").asInt()).isEqualTo(75);

        Api.Response changed = api().call("PUT", "/api/v1/tenant/search-settings", admin, in("zh-CN"),
                settings(true, 70, 220, 320, 400));
        assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);
        assertThat(api().get("/api/v1/tenant/search-settings", admin, in("zh-CN")).body().get("travelSpeeds")
                .get("TRANSIT").asInt()).isEqualTo(400);

        assertThat(routes(before.header("ETag")).status()).as("the feed's fingerprint changed").isEqualTo(200);
        JsonNode route = route(routes(null), city);
        assertThat(route.get("sharesJobsWithNeighbours").asBoolean()).isTrue();
        assertThat(route.get("travelSpeeds").get("WALK").asInt()).isEqualTo(70);
        assertThat(route.get("travelSpeeds").get("EBIKE").asInt()).isEqualTo(320);
    }

    @Test
    void theRoutesFeedCarriesTheCitysActiveCategoriesAndANewOneAtOnce() {
        Api.Response before = routes(null);
        assertThat(route(before, city).get("jobCategories").valueStream().map(JsonNode::asString))
                .contains("agriculture", "logistics").isSorted();

        ObjectNode category = Api.JSON.createObjectNode().put("code", "drone_pilot").put("nameZh", "无人机飞手")
                .put("nameEn", "Drone pilot");
        Api.Response added = api().call("POST", "/api/v1/job-categories", admin, in("zh-CN"), category);
        assertThat(added.status()).as(added.raw().body()).isEqualTo(201);

        assertThat(routes(before.header("ETag")).status()).as("the feed's fingerprint changed").isEqualTo(200);
        assertThat(route(routes(null), city).get("jobCategories").valueStream().map(JsonNode::asString))
                .contains("drone_pilot", "agriculture");
    }

    @Test
    void speedsOutsideThirtyToAThousandOrAMissingModeAreRefusedAndChangeNothing() {
        JsonNode before = api().get("/api/v1/tenant/search-settings", admin, in("zh-CN")).body();

        Api.Response tooSlow = api().call("PUT", "/api/v1/tenant/search-settings", admin, in("en"),
                settings(false, 20, 200, 300, 250));
        assertThat(tooSlow.status()).isEqualTo(400);
        JsonNode error = tooSlow.body().get("errors").get(0);
        assertThat(error.get("field").asString()).contains("travelSpeeds").contains("WALK");
        assertThat(error.get("message").asString()).isEqualTo("Speeds must be between 30 and 1000 metres per minute");

        Api.Response tooFast = api().call("PUT", "/api/v1/tenant/search-settings", admin, in("zh-CN"),
                settings(false, 75, 200, 300, 1001));
        assertThat(tooFast.status()).isEqualTo(400);
        assertThat(tooFast.body().get("errors").get(0).get("message").asString()).isEqualTo("速度须在 30–1000 米/分钟之间");

        ObjectNode missing = settings(false, 75, 200, 300, 250);
        ((ObjectNode) missing.get("travelSpeeds")).remove("TRANSIT");
        Api.Response incomplete = api().call("PUT", "/api/v1/tenant/search-settings", admin, in("zh-CN"), missing);
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.body().get("errors").get(0).get("message").asString()).contains("TRANSIT");

        ObjectNode unknownMode = settings(false, 75, 200, 300, 250);
        ((ObjectNode) unknownMode.get("travelSpeeds")).put("HORSE", 400);
        assertThat(api().call("PUT", "/api/v1/tenant/search-settings", admin, in("zh-CN"), unknownMode).status())
                .isEqualTo(400);

        assertThat(api().get("/api/v1/tenant/search-settings", admin, in("zh-CN")).body()).isEqualTo(before);
    }

    @Test
    void onlyTheCitysAdministratorsSeeOrChangeThem() {
        assertThat(api().get("/api/v1/tenant/search-settings", null, in("zh-CN")).status()).isEqualTo(401);
        String stranger = TestTenants.onboard(api(), TestTenants.uniqueCode(), "32", "321300");
        assertThat(api().call("PUT", "/api/v1/tenant/search-settings", stranger, in("zh-CN"),
                settings(true, 75, 200, 300, 250)).status()).isEqualTo(403);
    }
}
