package org.lingong.core.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.devstack.junit.ServerSentEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The caps on live streams, attacked with real tokens: one account cannot hold more than its cap (its oldest stream
 * is closed instead, so a reconnecting phone is never locked out), a city and a replica refuse streams beyond theirs
 * with problem JSON and Retry-After, and closed streams give their places back. Small caps, and a 1 s heartbeat so a
 * stream whose client went away is noticed quickly.
 */
@TestPropertySource(properties = {"lingong.notifications.streams.per-worker=2",
        "lingong.notifications.streams.per-city=3", "lingong.notifications.streams.per-replica=5",
        "lingong.notifications.heartbeat=PT1S"})
class StreamLimitTests extends PushTests {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static String cityA;
    private static String cityB;

    @Autowired
    MeterRegistry meters;

    private final List<ServerSentEvents> opened = new ArrayList<>();

    @BeforeEach
    void citiesAndNoStreams() {
        if (cityA == null) {
            cityA = city("32", "321300");
            cityB = city("34", "340400");
        }
        await(this::onReplica, 0);
    }

    @AfterEach
    void closeAndRelease() {
        opened.forEach(ServerSentEvents::close);
        await(this::onReplica, 0);
    }

    private ServerSentEvents open(String city, String token) throws Exception {
        ServerSentEvents stream = new ServerSentEvents("http://127.0.0.1:" + port
                + "/api/v1/workers/me/notifications/stream", token, in(city));
        opened.add(stream);
        assertThat(stream.status()).isEqualTo(200);
        return stream;
    }

    private void refused(String city, String token, int status, String slug) {
        Api.Response refused = api().get("/api/v1/workers/me/notifications/stream", token, in(city, "en"));
        assertThat(refused.status()).isEqualTo(status);
        assertThat(refused.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.body().get("type").asString()).endsWith("/" + slug);
        assertThat(refused.header("Retry-After")).isEqualTo("30");
    }

    private double onReplica() {
        return meters.get("lingong.notifications.streams").gauge().value();
    }

    private double inCity(String city) {
        return meters.get("lingong.notifications.streams.city").tag("tenant", city).gauge().value();
    }

    private static void await(DoubleSupplier gauge, double expected) {
        Instant deadline = Instant.now().plus(WAIT);
        while (gauge.getAsDouble() != expected) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the gauge stayed at " + gauge.getAsDouble() + ", not " + expected);
            }
            pause();
        }
    }

    @Test
    void aStreamBeyondTheAccountsCapClosesItsOldestAndTheNewestKeepsWorking() throws Exception {
        String worker = verifiedWorker(cityA, "phone");
        placeNorthOfJobs(cityA, worker, 300);
        ServerSentEvents first = open(cityA, worker);
        ServerSentEvents second = open(cityA, worker);
        ServerSentEvents third = open(cityA, worker);

        assertThat(first.awaitEnd(WAIT)).as("the oldest stream is closed").isTrue();
        assertThat(second.awaitEnd(Duration.ofMillis(500))).isFalse();
        assertThat(inCity(cityA)).isEqualTo(2);
        assertThat(meters.get("lingong.notifications.streams.replaced").counter().count()).isPositive();

        String job = postJob(cityA, job()).get("id").asString();
        ServerSentEvents.Event event = third.next(WAIT);
        assertThat(event).isNotNull();
        assertThat(event.data().get("jobId").asString()).isEqualTo(job);
    }

    @Test
    void aFullCityRefusesNewStreamsButAnAccountMayStillReplaceItsOwnAndClosedStreamsFreeTheirPlaces()
            throws Exception {
        String many = verifiedWorker(cityB, "many");
        String one = verifiedWorker(cityB, "one");
        open(cityB, many);
        open(cityB, many);
        open(cityB, one);
        await(() -> inCity(cityB), 3);

        refused(cityB, one, 429, "notification-streams-city-full");
        open(cityB, many);
        assertThat(inCity(cityB)).as("a replacement does not add to the city").isEqualTo(3);

        opened.stream().filter(stream -> stream != opened.get(2)).forEach(ServerSentEvents::close);
        await(() -> inCity(cityB), 1);
        open(cityB, one);
        await(() -> inCity(cityB), 2);
    }

    @Test
    void aFullReplicaRefusesNewStreamsWhateverTheCity() throws Exception {
        String a1 = verifiedWorker(cityA, "a1");
        String a2 = verifiedWorker(cityA, "a2");
        String b1 = verifiedWorker(cityB, "b1");
        String b2 = verifiedWorker(cityB, "b2");
        open(cityA, a1);
        open(cityA, a1);
        open(cityA, a2);
        open(cityB, b1);
        open(cityB, b1);
        await(this::onReplica, 5);

        refused(cityB, b2, 503, "notification-streams-busy");
        opened.getFirst().close();
        await(this::onReplica, 4);
        open(cityB, b2);
    }
}
