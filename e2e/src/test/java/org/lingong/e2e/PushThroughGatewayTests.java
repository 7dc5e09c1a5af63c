package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.Platform;
import org.lingong.devstack.junit.ServerSentEvents;

/**
 * Push through the gateway: a worker near a new gig in 宿迁 hears of it on the notification stream within seconds, and
 * the stream outlives the gateway's 30-second response timeout thanks to the service's heartbeats. The worker is an
 * account of this test's own, placed at a spot of its own, so no other test's gig reaches the stream.
 */
@ExtendWith(RunningPlatform.class)
class PushThroughGatewayTests {

    private static final String SUQIAN = Platform.gatewayUrl() + "/t/suqian/api/v1";

    private final Places.Spot spot = Places.own();

    private String job(String title) {
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        return """
                {"title": "%s", "category": "logistics", "slots": 3, "startsAt": "%s", "endsAt": "%s",
                 "term": "SHORT", "contactPolicy": "PLATFORM_ONLY", "wage": {"amountFen": 2500, "unit": "HOUR"},
                 "location": {"latitude": %s, "longitude": %s},
                 "source": {"channel": "GOVERNMENT", "name": "宿迁市人社局"}}
                """.formatted(title, start, start.plus(6, ChronoUnit.HOURS), spot.latitude() + 0.002,
                spot.longitude());
    }

    private String post(String admin, String title) {
        Http.Response posted = Http.send("POST", SUQIAN + "/jobs", admin, Map.of(), job(title));
        assertThat(posted.status()).as(posted.raw().body()).isEqualTo(201);
        return posted.body().get("id").asString();
    }

    @Test
    void aNearbyWorkerHearsOfANewGigWithinSecondsAndTheStreamOutlivesTheGatewayTimeout() throws Exception {
        String admin = RunningPlatform.token("suqian-admin");
        try (KeycloakAccounts accounts = new KeycloakAccounts()) {
            String worker = accounts.create("suqian", "worker");
            Http.Response profile = Http.send("PUT", SUQIAN + "/workers/me", worker, Map.of(),
                    "{\"realName\":\"李四\",\"idNumber\":\"" + ResidentIds.random() + "\",\"phone\":\"139"
                            + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000) + "\"}");
            assertThat(profile.status()).as(profile.raw().body()).isEqualTo(200);
            assertThat(Http.send("PUT", SUQIAN + "/workers/me/notification-settings", worker, Map.of(),
                    "{\"minutes\":15,\"mode\":\"WALK\"}").status()).isEqualTo(200);
            assertThat(Http.send("PUT", SUQIAN + "/workers/me/position", worker, Map.of(),
                    "{\"latitude\":" + spot.latitude() + ",\"longitude\":" + spot.longitude() + "}").status())
                    .isEqualTo(200);

            try (ServerSentEvents stream = new ServerSentEvents(SUQIAN + "/workers/me/notifications/stream", worker,
                    Map.of())) {
                assertThat(stream.status()).isEqualTo(200);
                String first = post(admin, "物流园装卸工");
                // Latency is bench/'s to measure; here the notification only has to arrive.
                ServerSentEvents.Event event = stream.next(Duration.ofSeconds(30));
                assertThat(event).as("delivered through the gateway").isNotNull();
                assertThat(event.data().get("jobId").asString()).isEqualTo(first);
                assertThat(event.data().get("body").asString()).isEqualTo("25 元/小时，距您约 220 米");

                // Idle for longer than the gateway's response timeout: only the heartbeats keep the stream open.
                Thread.sleep(Duration.ofSeconds(35));
                String second = post(admin, "冷库搬运工");
                ServerSentEvents.Event later = stream.next(Duration.ofSeconds(30));
                assertThat(later).as("still connected after 35 s idle").isNotNull();
                assertThat(later.data().get("jobId").asString()).isEqualTo(second);
            }
        }
    }
}
