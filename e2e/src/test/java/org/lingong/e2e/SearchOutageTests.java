package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.Platform;
import tools.jackson.databind.JsonNode;

/**
 * Elasticsearch gone and back under the running platform: posting and closing jobs keep working, nearby search keeps
 * answering from PostgreSQL (degraded) with those changes, and once Elasticsearch is back the normal path answers with
 * every change made meanwhile. The real servers and services, through the gateway. Elasticsearch is taken away from
 * this run's platform alone ({@link ElasticsearchProxy}: every connection dropped, new ones refused), so the shared
 * server keeps serving {@code ./lingong run} meanwhile.
 */
@ExtendWith(RunningPlatform.class)
class SearchOutageTests {

    private static final String GATEWAY = Platform.gatewayUrl();
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    /** A spot of this test's own, so no other test's jobs are in the circle. */
    private final Places.Spot spot = Places.own();
    private final String admin = RunningPlatform.token("suqian-admin");

    @Test
    void nearbySearchSurvivesAnElasticsearchOutageAndCatchesUpAfterwards() {
        ElasticsearchProxy elasticsearch = RunningPlatform.elasticsearch();
        String first = post("村口大棚采摘工");
        Instant posted = Instant.now();
        JsonNode fresh = awaitNearby("the posted job in the index", body -> !body.get("degraded").asBoolean()
                && ids(body).contains(first));
        System.out.printf("e2e: posted job visible in search after %d ms%n",
                Duration.between(posted, Instant.now()).toMillis());
        assertThat(fresh.at("/hits/0/tenant").asString()).isEqualTo("suqian");

        try {
            elasticsearch.cutOff();
            String second = post("停电期间发布的搬运工");
            Http.Response closed = Http.send("POST", GATEWAY + "/t/suqian/api/v1/jobs/" + first + "/close", admin,
                    Map.of(), "{}");
            assertThat(closed.status()).as(closed.raw().body()).isEqualTo(200);

            JsonNode degraded = awaitNearby("the PostgreSQL fallback with both changes", body ->
                    body.get("degraded").asBoolean() && ids(body).contains(second) && !ids(body).contains(first));
            assertThat(degraded.get("facets").isNull()).isTrue();
            assertThat(degraded.at("/hits/0/distanceMeters").asLong()).isLessThan(1000);

            elasticsearch.restore();
            JsonNode recovered = awaitNearby("the normal path with the changes made during the outage", body ->
                    !body.get("degraded").asBoolean() && ids(body).contains(second) && !ids(body).contains(first));
            assertThat(recovered.get("total").asLong()).isEqualTo(ids(recovered).size());
        } finally {
            elasticsearch.restore();
        }
    }

    private String post(String title) {
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String job = """
                {"title":"%s","category":"agriculture","description":"宿豫区大棚，管午饭","slots":5,
                 "address":"宿迁市宿豫区","startsAt":"%s","endsAt":"%s","term":"SHORT","contactPolicy":"PLATFORM_ONLY",
                 "wage":{"amountFen":16000,"unit":"DAY"},"location":{"latitude":%s,"longitude":%s},
                 "source":{"channel":"GOVERNMENT","name":"宿豫区人社局"}}"""
                .formatted(title, start, start.plus(2, ChronoUnit.DAYS), spot.latitude(), spot.longitude());
        Http.Response response = Http.send("POST", GATEWAY + "/t/suqian/api/v1/jobs", admin, Map.of(), job);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response.body().get("id").asString();
    }

    private JsonNode awaitNearby(String what, Predicate<JsonNode> condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        String url = GATEWAY + "/t/suqian/api/v1/jobs/nearby?lat=" + spot.latitude() + "&lon=" + spot.longitude()
                + "&radiusMeters=500&size=50";
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            Http.Response response = Http.get(url, null, Map.of());
            if (response.status() == 200) {
                last = response.body();
                if (condition.test(last)) {
                    return last;
                }
            } else {
                last = response.body();
            }
            sleep();
        }
        throw new AssertionError("not within " + PATIENCE.toSeconds() + " s: " + what + "; last answer " + last);
    }

    private static List<String> ids(JsonNode body) {
        return body.get("hits").valueStream().map(hit -> hit.get("jobId").asString()).toList();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
