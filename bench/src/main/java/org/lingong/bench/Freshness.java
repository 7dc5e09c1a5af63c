package org.lingong.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.lingong.devstack.Platform;
import tools.jackson.databind.json.JsonMapper;

/**
 * Job posted → visible in search: a city admin posts jobs one after another through the gateway
 * ({@code POST /api/v1/jobs}); from the moment each post is answered (committed), a poller asks the nearby API
 * (normal path) around the job's own position every {@link #POLL} until the job is among the hits. Each job has a
 * spot of its own and a category the generated data never uses, so the 100 m query finds only a handful of jobs.
 */
final class Freshness {

    /** Near 宿迁's centre: the bench cities are onboarded from the demo Suqian request, so jobs there are valid. */
    private static final double LATITUDE = 33.9631;
    private static final double LONGITUDE = 118.2752;
    private static final String CATEGORY = "logistics";
    private static final Duration POLL = Duration.ofMillis(25);
    private static final Duration GIVE_UP = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    record Posted(String jobId, double delayMillis) {
    }

    private Freshness() {
    }

    /** Posts {@code count} jobs in {@code city}, {@code spacing} apart; the delay of each, in posting order. */
    static List<Posted> measure(String city, String adminToken, int count, Duration spacing) throws Exception {
        String base = Platform.gatewayUrl() + "/t/" + city;
        Random random = new Random(7);
        List<Future<Posted>> results = new ArrayList<>();
        try (ExecutorService pollers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                long started = System.nanoTime();
                double latitude = LATITUDE + (random.nextDouble() - 0.5) * 0.2;
                double longitude = LONGITUDE + (random.nextDouble() - 0.5) * 0.2;
                String jobId = post(base, adminToken, latitude, longitude);
                long posted = System.nanoTime();
                String query = base + "/api/v1/jobs/nearby?neighbours=false&size=50&radiusMeters=100&category="
                        + CATEGORY + "&lat=" + latitude + "&lon=" + longitude;
                results.add(pollers.submit(() -> new Posted(jobId, awaitVisible(query, jobId, posted))));
                Thread.sleep(Math.max(0, spacing.toMillis() - (System.nanoTime() - started) / 1_000_000));
            }
            List<Posted> delays = new ArrayList<>();
            for (Future<Posted> result : results) {
                delays.add(result.get());
            }
            return delays;
        }
    }

    private static double awaitVisible(String query, String jobId, long posted) throws Exception {
        while (System.nanoTime() - posted < GIVE_UP.toNanos()) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(query))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && response.body().contains(jobId)) {
                return (System.nanoTime() - posted) / 1e6;
            }
            Thread.sleep(POLL);
        }
        throw new IllegalStateException("job " + jobId + " not visible after " + GIVE_UP.toSeconds() + " s");
    }

    private static String post(String base, String admin, double latitude, double longitude) throws Exception {
        Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object> posting = Map.ofEntries(Map.entry("title", "仓库装卸工"), Map.entry("category", CATEGORY),
                Map.entry("slots", 5), Map.entry("address", "宿迁市宿城区"), Map.entry("startsAt", start.toString()),
                Map.entry("endsAt", start.plus(8, ChronoUnit.HOURS).toString()), Map.entry("term", "SHORT"),
                Map.entry("contactPolicy", "PLATFORM_ONLY"), Map.entry("wage", Map.of("amountFen", 20_000, "unit", "DAY")),
                Map.entry("location", Map.of("latitude", latitude, "longitude", longitude)),
                Map.entry("source", Map.of("channel", "THIRD_PARTY", "name", "基准测试")));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/jobs"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(posting))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("job not posted: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("id").asString();
    }
}
