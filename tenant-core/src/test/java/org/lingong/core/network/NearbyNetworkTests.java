package org.lingong.core.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.DemoNetwork;
import org.lingong.core.TenantCoreTests;
import org.lingong.core.TestTenants;
import org.lingong.core.jobs.JobsTests;
import org.lingong.core.nearby.Circle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Suqian's demo network near a street corner, and the jobs near its city market — public, without signing in. */
class NearbyNetworkTests extends TenantCoreTests {

    /** 宿迁市零工市场 in the demo network. */
    private static final double MARKET_LAT = 33.9612;
    private static final double MARKET_LON = 118.2826;

    private static String city;
    private static String admin;
    private static JsonNode carriers;

    @BeforeEach
    void suqiansNetwork() {
        if (city == null) {
            city = TestTenants.uniqueCode();
            admin = TestTenants.onboard(api(), city, "32", "321300");
            carriers = DemoNetwork.load(api(), city, admin);
        }
    }

    private Api.Response get(String path) {
        return api().get(path, null, Map.of("X-Lingong-Tenant", city, "Accept-Language", "zh-CN"));
    }

    @Test
    void openCarriersNearAPlaceNearestFirstWithDistanceAndWalkingTime() {
        JsonNode near = get("/api/v1/network/nearby?lat=" + MARKET_LAT + "&lon=" + MARKET_LON + "&radiusMeters=20000")
                .body();
        List<JsonNode> expected = new ArrayList<>();
        carriers.forEach(c -> {
            if (c.get("status").asString().equals("OPEN") && Circle.distance(MARKET_LAT, MARKET_LON,
                    c.get("latitude").asDouble(), c.get("longitude").asDouble()) <= 20000) {
                expected.add(c);
            }
        });
        assertThat(near.get("total").asLong()).isEqualTo(expected.size());
        assertThat(near.get("hits").valueStream().map(h -> h.get("name").asString()))
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(c -> c.get("name").asString()).toList());
        assertThat(near.get("hits").valueStream().map(h -> h.get("distanceMeters").asLong()).toList())
                .isSortedAccordingTo(Comparator.naturalOrder());
        JsonNode nearest = near.get("hits").get(0);
        assertThat(nearest.get("name").asString()).isEqualTo("宿迁市零工市场");
        assertThat(nearest.get("kindName").asString()).isEqualTo("零工市场");
        assertThat(nearest.get("distanceMeters").asLong()).isZero();
        JsonNode second = near.get("hits").get(1);
        assertThat(second.get("walkingMinutes").asInt())
                .isEqualTo((int) Math.ceil(second.get("distanceMeters").asDouble() / 75));

        JsonNode stations = get("/api/v1/network/nearby?lat=" + MARKET_LAT + "&lon=" + MARKET_LON
                + "&minutes=60&mode=EBIKE&kind=STATION&kind=WINDOW").body();
        assertThat(stations.get("radiusMeters").asInt()).isEqualTo(18000);
        assertThat(stations.get("hits").valueStream().map(h -> h.get("kind").asString())).isNotEmpty()
                .allMatch(kind -> kind.equals("STATION") || kind.equals("WINDOW"));

        Api.Response bad = get("/api/v1/network/nearby?lat=" + MARKET_LAT + "&lon=" + MARKET_LON + "&kind=SHOP");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().at("/errors/0/field").asString()).isEqualTo("kind");
    }

    @Test
    void theJobsNearAMarketForItsInformationScreen() {
        JsonNode market = get("/api/v1/network/nearby?lat=" + MARKET_LAT + "&lon=" + MARKET_LON
                + "&radiusMeters=100&kind=MARKET").body().get("hits").get(0);
        long marketId = market.get("id").asLong();
        ObjectNode atTheMarket = JobsTests.posting().put("title", "市场门口装卸工").put("marketId", marketId);
        atTheMarket.putObject("location").put("latitude", MARKET_LAT + 0.001).put("longitude", MARKET_LON);
        ObjectNode farAway = JobsTests.posting().put("title", "洋河镇酒厂包装工");
        farAway.putObject("location").put("latitude", 33.78).put("longitude", 118.38);
        String near = post(atTheMarket);
        String far = post(farAway);

        Api.Response response = get("/api/v1/markets/" + marketId + "/jobs");
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        JsonNode screen = response.body();
        assertThat(screen.get("marketName").asString()).isEqualTo("宿迁市零工市场");
        assertThat(screen.get("radiusMeters").asInt()).isEqualTo(3000);
        List<String> ids = screen.get("hits").valueStream().map(h -> h.get("jobId").asString()).toList();
        assertThat(ids).contains(near).doesNotContain(far);
        assertThat(screen.get("hits").get(0).get("distanceMeters").asLong()).isLessThan(200);

        assertThat(get("/api/v1/markets/" + marketId + "/jobs?radiusMeters=30000").body().get("hits").valueStream()
                .map(h -> h.get("jobId").asString())).contains(near, far);
        Api.Response unknown = get("/api/v1/markets/999999/jobs");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("type").asString()).endsWith("/market-not-found");
    }

    private String post(ObjectNode job) {
        Api.Response response = api().call("POST", "/api/v1/jobs", admin, Map.of("X-Lingong-Tenant", city), job);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response.body().get("id").asString();
    }
}
