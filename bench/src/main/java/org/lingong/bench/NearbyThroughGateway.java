package org.lingong.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lingong.devstack.DemoTenants;
import org.lingong.devstack.DevStack;
import org.lingong.devstack.Platform;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search benchmark's application half, on the same generated jobs and queries as the raw rows: the platform on a
 * database of its own ({@value #DATABASE}, dropped afterwards) with the search service on the benchmark index, the
 * bench cities onboarded through the gateway (no rate limit) and the same jobs copied into their schemas; then the
 * nearby API through the gateway — normally, and degraded with the search service stopped (the gateway's circuit
 * opens and tenant-core's PostgreSQL query answers) — and freshness (post → visible).
 */
final class NearbyThroughGateway {

    private static final String DATABASE = "lingong_search_bench";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final int CHECKED = 20;
    private static final int FRESH_JOBS = 200;
    static final Duration FRESH_SPACING = Duration.ofMillis(150);

    /** {@code direct}: the search service without the gateway (normal path only, else null). */
    record Rows(Wrk.Result one, Wrk.Result near, Wrk.Result wide, Wrk.Result direct, String checked,
            List<String> breaker) {
    }

    record Report(String setUp, Rows normal, Rows degraded, List<Freshness.Posted> freshness, String relay) {
    }

    private final DevStack stack;
    private final List<BenchCities.City> cities;
    private final List<BenchQueries.Query> near;
    private final List<BenchQueries.Query> wide;
    private final int seconds;

    NearbyThroughGateway(DevStack stack, List<BenchCities.City> cities, List<BenchQueries.Query> near,
            List<BenchQueries.Query> wide, int seconds) {
        this.stack = stack;
        this.cities = cities;
        this.near = near;
        this.wide = wide;
        this.seconds = seconds;
    }

    Report run() throws Exception {
        String database = stack.createDatabase(DATABASE);
        // wrk is one anonymous caller at one address: lift the per-caller limit, or it would measure the 429s.
        Platform platform = new Platform(stack, Path.of("").toAbsolutePath(), Map.of("LINGONG_DB_URL", database,
                "LINGONG_SEARCH_JOBS_INDEX", SearchBenchmark.INDEX, "LINGONG_SEARCH_JOBS_ALIAS", SearchBenchmark.ALIAS,
                "LINGONG_GATEWAY_RATELIMIT_ANONYMOUS_PERSECOND", "1000000",
                "LINGONG_GATEWAY_RATELIMIT_ANONYMOUS_BURST", "1000000"));
        platform.start();
        try {
            long started = System.nanoTime();
            onboard();
            double onboarding = (System.nanoTime() - started) / 1e9;
            started = System.nanoTime();
            long rows = BenchJobRows.copy(database, cities);
            String setUp = ("%d cities onboarded through the gateway in %.0f s (8 at a time); %,d jobs copied into "
                    + "their schemas in %.0f s").formatted(cities.size(), onboarding, rows,
                    (System.nanoTime() - started) / 1e9);
            System.out.println(setUp);

            Rows normal = measure(false);
            platform.stop("search");
            Rows degraded = measure(true);
            platform.restart("search", Map.of());
            awaitNormal();

            String city = cities.getLast().tenant();
            List<Freshness.Posted> fresh = Freshness.measure(city,
                    DemoTenants.passwordGrantToken(stack, city + "-admin", "demo"), FRESH_JOBS, FRESH_SPACING);
            forget(city, fresh);
            return new Report(setUp, normal, degraded, fresh, relay(database, city));
        } finally {
            platform.stop();
            stack.dropDatabase(DATABASE);
        }
    }

    /** The bench cities through the onboarding API, eight at a time, without a city ceiling (the gateway's default is 1500/s). */
    private void onboard() throws Exception {
        Onboarding onboarding = new Onboarding(stack);
        List<Future<Duration>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (BenchCities.City city : cities) {
                results.add(pool.submit(() -> onboarding.onboard(Onboarding.request(city.tenant(), 1_000_000))));
            }
            for (Future<Duration> result : results) {
                result.get();
            }
        }
    }

    /**
     * A correctness spot check, a warm-up (8 connections, then 32), then 1 and 32 connections at 1.25 km and 32 at
     * 5 km; with, per row, what the gateway's circuit breaker did with the calls (from its Prometheus metrics).
     */
    private Rows measure(boolean degraded) throws Exception {
        String checked = compare(degraded);
        Path nearScript = script(near, false);
        String gateway = Platform.gatewayUrl();
        Wrk.run(gateway, 8, 10, nearScript);
        Wrk.run(gateway, 32, 5, nearScript);
        List<String> breaker = new ArrayList<>();
        Map<String, Long> before = breakerCalls();
        Wrk.Result one = Wrk.run(gateway, 1, seconds, nearScript);
        before = breakerRow(breaker, "1.25 km, 1 connection", before);
        Wrk.Result nearResult = Wrk.run(gateway, 32, seconds, nearScript);
        before = breakerRow(breaker, "1.25 km, 32 connections", before);
        Wrk.Result wideResult = Wrk.run(gateway, 32, seconds, script(wide, false));
        breakerRow(breaker, "5 km, 32 connections", before);
        Wrk.Result direct = degraded ? null : Wrk.run(Platform.serviceUrl("search"), 32, seconds, script(near, true));
        return new Rows(one, nearResult, wideResult, direct, checked, breaker);
    }

    private static Map<String, Long> breakerRow(List<String> rows, String label, Map<String, Long> before)
            throws Exception {
        Map<String, Long> after = breakerCalls();
        StringBuilder row = new StringBuilder(label + ":");
        after.forEach((kind, count) -> row.append(' ').append(kind).append(' ')
                .append(count - before.getOrDefault(kind, 0L)));
        rows.add(row.toString());
        return after;
    }

    /** The search-nearby circuit breaker's call counts by outcome (successful, failed, not_permitted …). */
    private static Map<String, Long> breakerCalls() throws Exception {
        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(Platform.managementUrl("gateway") + "/actuator/prometheus"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<String, Long> calls = new TreeMap<>();
        Matcher m = Pattern.compile(
                "resilience4j_circuitbreaker_(?:calls_seconds_count|not_permitted_calls_total)\\{([^}]*)} ([0-9.eE+]+)")
                .matcher(metrics);
        while (m.find()) {
            if (m.group(1).contains("name=\"searchNearby\"")) {
                Matcher kind = Pattern.compile("kind=\"([a-z_]+)\"").matcher(m.group(1));
                calls.merge(kind.find() ? kind.group(1) : "not_permitted", (long) Double.parseDouble(m.group(2)),
                        Long::sum);
            }
        }
        return calls;
    }

    /**
     * The first {@value #CHECKED} queries of each radius through the gateway against raw Elasticsearch: the same total
     * and the same 20 jobs (as a set: the two engines compute arc distances a little differently, so a tie or a job
     * right on the edge could still differ — counted, not hidden). Waits for the gateway to know the cities first.
     */
    private String compare(boolean degraded) throws Exception {
        int same = 0;
        int total = 0;
        List<String> differences = new ArrayList<>();
        for (List<BenchQueries.Query> queries : List.of(near, wide)) {
            for (BenchQueries.Query query : queries.subList(0, CHECKED)) {
                JsonNode api = api(query, degraded);
                JsonNode raw = JSON.readTree(post(stack.elasticsearchUrl() + "/" + SearchBenchmark.INDEX
                        + "/_search?routing=" + query.tenant(), query.elasticsearchBody(false)));
                Set<String> apiIds = new HashSet<>();
                api.path("hits").forEach(hit -> apiIds.add(hit.path("jobId").asString()));
                Set<String> rawIds = new HashSet<>();
                raw.path("hits").path("hits").forEach(hit -> rawIds.add(hit.path("_source").path("jobId").asString()));
                long rawTotal = raw.path("hits").path("total").path("value").asLong();
                total++;
                if (api.path("total").asLong() == rawTotal && apiIds.equals(rawIds)) {
                    same++;
                } else if (differences.size() < 3) {
                    differences.add("%s %d m: total %d vs raw %d, %d of 20 ids shared".formatted(query.tenant(),
                            query.radiusMeters(), api.path("total").asLong(), rawTotal,
                            apiIds.stream().filter(rawIds::contains).count()));
                }
            }
        }
        return "%d of %d queries gave raw Elasticsearch's total and jobs%s".formatted(same, total,
                differences.isEmpty() ? "" : " (" + String.join("; ", differences) + ")");
    }

    /** One query through the gateway; retried while the gateway or search has not caught up (registry polled every 2 s). */
    private static JsonNode api(BenchQueries.Query query, boolean degraded) throws Exception {
        String last = "";
        for (int attempt = 0; attempt < 150; attempt++) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create(Platform.gatewayUrl() + query.nearbyApiPath(false))).timeout(Duration.ofSeconds(30))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                JsonNode answer = JSON.readTree(response.body());
                if (answer.path("degraded").asBoolean() == degraded) {
                    return answer;
                }
            }
            last = response.statusCode() + " " + response.body();
            Thread.sleep(200);
        }
        throw new IllegalStateException("nearby API never answered " + (degraded ? "degraded" : "normally") + ": " + last);
    }

    /** After search is back: until the circuit lets it serve again (half-open after 5 s, then 3 trial calls). */
    private void awaitNormal() throws Exception {
        api(near.getFirst(), false);
    }

    /** The outbox's part of the freshness delay: from the job's transaction to the relay's acknowledgement by search. */
    private static String relay(String database, String city) {
        return JdbcClient.create(new DriverManagerDataSource(database, "lingong", "lingong"))
                .sql("select format('p50 %s ms, p99 %s ms', round(percentile_cont(0.5) within group (order by d)), "
                        + "round(percentile_cont(0.99) within group (order by d))) from (select extract(epoch from "
                        + "published_at - created_at) * 1000 as d from t_" + city + ".outbox_event) delays")
                .query(String.class).single();
    }

    /** Takes the freshness jobs back out of the benchmark index, so it holds exactly the generated data again. */
    private void forget(String city, List<Freshness.Posted> posted) throws Exception {
        StringBuilder bulk = new StringBuilder();
        for (Freshness.Posted job : posted) {
            bulk.append("{\"delete\":{\"_id\":\"").append(city).append(':').append(job.jobId())
                    .append("\",\"routing\":\"").append(city).append("\"}}\n");
        }
        HTTP.send(HttpRequest.newBuilder(URI.create(stack.elasticsearchUrl() + "/" + SearchBenchmark.INDEX + "/_bulk"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(bulk.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A wrk script cycling through the queries' nearby API paths, through the gateway ({@code /t/<tenant>…}) or
     * {@code direct} to the search service (the tenant in the trusted header, as the gateway sends it); it counts the
     * answers marked {@code degraded}, so each row says which path answered.
     */
    private static Path script(List<BenchQueries.Query> queries, boolean direct) throws IOException {
        StringBuilder lua = new StringBuilder("local paths = {\n");
        for (BenchQueries.Query query : queries) {
            String path = query.nearbyApiPath(false);
            String prefix = "/t/" + query.tenant();
            lua.append("  {\"").append(direct ? path.substring(prefix.length()) : path).append("\", \"")
                    .append(direct ? query.tenant() : "").append("\"},\n");
        }
        lua.append("""
                }
                local i = 0
                local threads = {}
                degraded = 0
                function setup(thread)
                  table.insert(threads, thread)
                end
                request = function()
                  i = i % #paths + 1
                  if paths[i][2] ~= "" then
                    return wrk.format("GET", paths[i][1], { ["X-Lingong-Tenant"] = paths[i][2] })
                  end
                  return wrk.format("GET", paths[i][1])
                end
                response = function(status, headers, body)
                  if string.find(body, '"degraded":true', 1, true) then
                    degraded = degraded + 1
                  end
                end
                done = function(summary, latency, requests)
                  local n = 0
                  for _, thread in ipairs(threads) do
                    n = n + thread:get("degraded")
                  end
                  io.write("marked answers: " .. n .. "\\n")
                end
                """);
        Path file = Files.createTempFile("nearby-bench-", ".lua");
        Files.writeString(file, lua, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }

    private static String post(String url, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
