package org.lingong.core.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lingong.devstack.junit.ServerSentEvents;

/**
 * The live stream, read like a client reads it (JDK HttpClient, a real Keycloak token): events arrive as jobs open,
 * a reconnect with Last-Event-ID resumes after the last one seen, and a city's stream carries only its own jobs.
 */
class StreamTests extends PushTests {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private ServerSentEvents connect(String city, String token, Map<String, String> headers) throws Exception {
        Map<String, String> all = new HashMap<>(headers);
        all.put("X-Lingong-Tenant", city);
        ServerSentEvents stream = new ServerSentEvents("http://127.0.0.1:" + port + "/api/v1/workers/me/notifications/stream",
                token, all);
        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.contentType()).startsWith("text/event-stream");
        return stream;
    }

    @Test
    void aConnectedWorkerReceivesEachJobOnceAndResumesAfterTheLastEventSeen() throws Exception {
        String city = city("32", "321300");
        String worker = verifiedWorker(city, "streamer");
        placeNorthOfJobs(city, worker, 400);

        String first;
        String firstEventId;
        try (ServerSentEvents stream = connect(city, worker, Map.of())) {
            first = postJob(city, job()).get("id").asString();
            ServerSentEvents.Event event = stream.next(WAIT);
            assertThat(event).as("no event within " + WAIT).isNotNull();
            assertThat(event.name()).isEqualTo("notification");
            assertThat(event.data().get("jobId").asString()).isEqualTo(first);
            assertThat(event.data().get("title").asString()).isEqualTo("附近新岗位：葡萄园采摘工");
            assertThat(event.id()).isEqualTo(event.data().get("id").asString());
            firstEventId = event.id();
        }

        String second = postJob(city, job().put("title", "仓库分拣员")).get("id").asString();
        awaitFanOut(city);
        try (ServerSentEvents resumed = connect(city, worker, Map.of("Last-Event-ID", firstEventId,
                "Accept-Language", "en"))) {
            ServerSentEvents.Event missed = resumed.next(WAIT);
            assertThat(missed).isNotNull();
            assertThat(missed.data().get("jobId").asString()).as("the first is not sent again").isEqualTo(second);
            assertThat(missed.data().get("title").asString()).isEqualTo("New job nearby: 仓库分拣员");

            // Read ones are not sent on a fresh connection; live ones keep coming on the open one.
            api().call("POST", "/api/v1/workers/me/notifications/" + missed.id() + "/read", worker, in(city), null);
            api().call("POST", "/api/v1/workers/me/notifications/" + firstEventId + "/read", worker, in(city), null);
            try (ServerSentEvents fresh = connect(city, worker, Map.of())) {
                String third = postJob(city, job().put("title", "快递装卸工")).get("id").asString();
                assertThat(fresh.next(WAIT).data().get("jobId").asString()).isEqualTo(third);
                assertThat(resumed.next(WAIT).data().get("jobId").asString()).isEqualTo(third);
            }
        }
    }

    @Test
    void aWorkerInOneCityNeverReceivesAnotherCitysJobs() throws Exception {
        String cityA = city("32", "321300");
        String cityB = city("34", "340400");
        String workerA = verifiedWorker(cityA, "here");
        placeNorthOfJobs(cityA, workerA, 100);
        String workerB = verifiedWorker(cityB, "there");
        placeNorthOfJobs(cityB, workerB, 100);

        try (ServerSentEvents streamA = connect(cityA, workerA, Map.of())) {
            String jobB = postJob(cityB, job()).get("id").asString();
            String jobA = postJob(cityA, job()).get("id").asString();
            ServerSentEvents.Event event = streamA.next(WAIT);
            assertThat(event).isNotNull();
            assertThat(event.data().get("jobId").asString()).isEqualTo(jobA);
            awaitFanOut(cityB);
            assertThat(stored(cityA, jobB)).isZero();
            assertThat(stored(cityB, jobA)).isZero();
            assertThat(stored(cityB, jobB)).isEqualTo(1);
        }
        // The token of city A's worker does not open a stream in city B.
        assertThat(api().get("/api/v1/workers/me/notifications/stream", workerA, in(cityB)).status()).isEqualTo(403);
    }
}
