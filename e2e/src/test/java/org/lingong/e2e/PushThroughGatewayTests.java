package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.DemoTenants;
import org.lingong.devstack.Platform;
import org.lingong.devstack.junit.ServerSentEvents;

/**
 * Push through the gateway: a worker near a new gig in 宿迁 hears of it on the notification stream within seconds, and
 * the stream outlives the gateway's 30-second response timeout thanks to the service's heartbeats.
 */
@ExtendWith(RunningPlatform.class)
class PushThroughGatewayTests {

    private static final String SUQIAN = Platform.gatewayUrl() + "/t/suqian/api/v1";
    /** A valid resident ID number (GB 11643 check character) used only by this test. */
    private static final String WORKER_ID_NUMBER = "321302198506125179";
    private static final double LATITUDE = 33.9412;
    private static final double LONGITUDE = 118.2969;

    private static String token(String user) {
        return DemoTenants.passwordGrantToken(RunningPlatform.stack(), user, "demo");
    }

    private static String job(String title) {
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        return """
                {"title": "%s", "category": "logistics", "slots": 3, "startsAt": "%s", "endsAt": "%s",
                 "term": "SHORT", "contactPolicy": "PLATFORM_ONLY", "wage": {"amountFen": 2500, "unit": "HOUR"},
                 "location": {"latitude": %s, "longitude": %s},
                 "source": {"channel": "GOVERNMENT", "name": "宿迁市人社局"}}
                """.formatted(title, start, start.plus(6, ChronoUnit.HOURS), LATITUDE + 0.002, LONGITUDE);
    }

    private static String post(String admin, String title) {
        Http.Response posted = Http.send("POST", SUQIAN + "/jobs", admin, Map.of(), job(title));
        assertThat(posted.status()).as(posted.raw().body()).isEqualTo(201);
        return posted.body().get("id").asString();
    }

    @Test
    void aNearbyWorkerHearsOfANewGigWithinSecondsAndTheStreamOutlivesTheGatewayTimeout() throws Exception {
        String worker = token("worker-li");
        String admin = token("suqian-admin");
        Http.Response profile = Http.send("PUT", SUQIAN + "/workers/me", worker, Map.of(),
                "{\"realName\":\"李四\",\"idNumber\":\"" + WORKER_ID_NUMBER + "\",\"phone\":\"13912345678\"}");
        assertThat(profile.status()).as(profile.raw().body()).isEqualTo(200);
        assertThat(Http.send("PUT", SUQIAN + "/workers/me/notification-settings", worker, Map.of(),
                "{\"minutes\":15,\"mode\":\"WALK\"}").status()).isEqualTo(200);
        assertThat(Http.send("PUT", SUQIAN + "/workers/me/position", worker, Map.of(),
                "{\"latitude\":" + LATITUDE + ",\"longitude\":" + LONGITUDE + "}").status()).isEqualTo(200);

        // Resume after the newest notification earlier runs left, so the first event is this run's.
        Http.Response inbox = Http.get(SUQIAN + "/workers/me/notifications?size=1", worker, Map.of());
        String seen = inbox.body().get("items").isEmpty() ? "0" : inbox.body().get("items").get(0).get("id").asString();
        try (ServerSentEvents stream = new ServerSentEvents(SUQIAN + "/workers/me/notifications/stream", worker,
                Map.of("Last-Event-ID", seen))) {
            assertThat(stream.status()).isEqualTo(200);
            String first = post(admin, "物流园装卸工");
            ServerSentEvents.Event event = stream.next(Duration.ofSeconds(5));
            assertThat(event).as("delivered within 5 s through the gateway").isNotNull();
            assertThat(event.data().get("jobId").asString()).isEqualTo(first);
            assertThat(event.data().get("body").asString()).isEqualTo("25 元/小时，距您约 220 米");

            Thread.sleep(Duration.ofSeconds(35));
            String second = post(admin, "冷库搬运工");
            ServerSentEvents.Event later = stream.next(Duration.ofSeconds(5));
            assertThat(later).as("still connected after 35 s idle").isNotNull();
            assertThat(later.data().get("jobId").asString()).isEqualTo(second);
        }
    }
}
