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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.lingong.devstack.DevStack;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 5's search numbers in one run: {@code N} (default 1,000,000) generated open jobs over 50 tenants around real
 * city centres, bulk-loaded into a benchmark index of their own ({@value #INDEX}, never the service's index) with the
 * search service's mapping, merged to one segment; wrk with 32 connections (and one) on the nearby query (tenant, 3
 * categories, wage floor, top 20 by distance) at 1.25 km and 5 km, raw with and without facets; then the same queries
 * through the platform ({@link NearbyThroughGateway}: the API through the gateway, degraded, freshness).
 *
 * <p>The index is kept and reused while its generator marker matches (same seed, size and generator version).
 */
final class SearchBenchmark {

    static final String INDEX = "jobs-bench-v1";
    /** The alias the search service reads and writes through when pointed at the benchmark index. */
    static final String ALIAS = "jobs-bench";
    private static final String GENERATOR = "bench-jobs-v1";
    private static final int BULK = 5_000;
    private static final int QUERIES = 1_000;
    private static final Path TEMPLATE = Path.of("search/src/main/resources/elasticsearch/jobs-index-template.json");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String elasticsearch;

    private SearchBenchmark(String elasticsearch) {
        this.elasticsearch = elasticsearch;
    }

    static void run(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        DevStack stack = DevStack.local().ensureRunning();
        SearchBenchmark bench = new SearchBenchmark(stack.elasticsearchUrl());
        List<BenchCities.City> cities = BenchCities.load(size);
        String marker = GENERATOR + " jobs=" + size;
        if (marker.equals(bench.marker())) {
            System.out.printf("Reusing %s (%s)%n", INDEX, marker);
        } else {
            bench.load(cities, marker);
        }
        List<BenchQueries.Query> near = BenchQueries.generate(cities, QUERIES, 1_250, 1);
        List<BenchQueries.Query> wide = BenchQueries.generate(cities, QUERIES, 5_000, 2);
        Raw raw = bench.measure(cities, near, wide, seconds, size);
        NearbyThroughGateway.Report api = new NearbyThroughGateway(stack, cities, near, wide, seconds).run();
        print(raw, api);
    }

    private void load(List<BenchCities.City> cities, String marker) throws Exception {
        send("DELETE", "/" + INDEX, null, true);
        ObjectNode mappings = (ObjectNode) JsonMapper.shared().readTree(Files.readString(TEMPLATE))
                .path("template").path("mappings");
        mappings.putObject("_meta").put("generator", marker);
        ObjectNode index = JsonMapper.shared().createObjectNode();
        index.putObject("settings").put("number_of_shards", 1).put("number_of_replicas", 0)
                .put("refresh_interval", "-1");
        index.set("mappings", mappings);
        send("PUT", "/" + INDEX, index.toString(), false);

        Instant started = Instant.now();
        Instant validUntil = started.plus(365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
        AtomicLong loaded = new AtomicLong();
        Semaphore inFlight = new Semaphore(2);
        try (ExecutorService senders = Executors.newFixedThreadPool(2)) {
            List<Future<?>> sent = new ArrayList<>();
            StringBuilder[] batch = {new StringBuilder()};
            int[] count = {0};
            for (BenchCities.City city : cities) {
                BenchJobs.forEach(city, validUntil, job -> {
                    String id = job.path("tenant").asString() + ":" + job.path("jobId").asString();
                    batch[0].append("{\"index\":{\"_id\":\"").append(id).append("\",\"routing\":\"")
                            .append(job.path("tenant").asString()).append("\"}}\n").append(job).append('\n');
                    if (++count[0] == BULK) {
                        sent.add(bulk(senders, inFlight, batch[0].toString(), count[0], loaded));
                        batch[0] = new StringBuilder();
                        count[0] = 0;
                    }
                });
            }
            if (count[0] > 0) {
                sent.add(bulk(senders, inFlight, batch[0].toString(), count[0], loaded));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        }
        Duration loading = Duration.between(started, Instant.now());
        send("PUT", "/" + INDEX + "/_settings", "{\"index\":{\"refresh_interval\":\"1s\"}}", false);
        send("POST", "/" + INDEX + "/_refresh", null, false);
        Instant merging = Instant.now();
        send("POST", "/" + INDEX + "/_forcemerge?max_num_segments=1", null, false);
        System.out.printf("Loaded %,d jobs in %.0f s (%.0f docs/s); force-merged to one segment in %.0f s%n",
                loaded.get(), loading.toMillis() / 1e3, loaded.get() / (loading.toMillis() / 1e3),
                Duration.between(merging, Instant.now()).toMillis() / 1e3);
    }

    /** Sends one bulk request on a sender thread; at most two are in flight, so generating never runs far ahead. */
    private Future<?> bulk(ExecutorService senders, Semaphore inFlight, String body, int docs, AtomicLong loaded) {
        inFlight.acquireUninterruptibly();
        return senders.submit(() -> {
            try {
                JsonNode reply = JsonMapper.shared().readTree(send("POST", "/" + INDEX + "/_bulk", body, false));
                if (reply.path("errors").asBoolean()) {
                    throw new IllegalStateException("bulk errors: " + reply.toString().substring(0, 500));
                }
                long total = loaded.addAndGet(docs);
                if (total % 100_000 < docs) {
                    System.out.printf("  %,d jobs loaded%n", total);
                }
                return null;
            } finally {
                inFlight.release();
            }
        });
    }

    record Raw(String header, Wrk.Result one, Wrk.Result near, Wrk.Result nearFacets, Wrk.Result wide,
            Wrk.Result wideFacets) {
    }

    private Raw measure(List<BenchCities.City> cities, List<BenchQueries.Query> near, List<BenchQueries.Query> wide,
            int seconds, int size) throws Exception {
        long count = generatedCount();
        if (count != size) {
            throw new IllegalStateException(INDEX + " holds " + count + " generated jobs, expected " + size);
        }
        System.out.printf("Mean matches per query: 1.25 km %.0f, 5 km %.0f (of %,d jobs)%n", meanTotal(near),
                meanTotal(wide), count);
        Path nearPlain = script(near, false);
        Path nearFacets = script(near, true);
        Path widePlain = script(wide, false);
        Path wideFacets = script(wide, true);

        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        Wrk.run(elasticsearch, 32, 10, nearPlain); // warm-up: caches, JIT, page cache
        Wrk.Result one = Wrk.run(elasticsearch, 1, seconds, nearPlain);
        Wrk.Result nearResult = Wrk.run(elasticsearch, 32, seconds, nearPlain);
        Wrk.Result nearFacetResult = Wrk.run(elasticsearch, 32, seconds, nearFacets);
        Wrk.Result wideResult = Wrk.run(elasticsearch, 32, seconds, widePlain);
        Wrk.Result wideFacetResult = Wrk.run(elasticsearch, 32, seconds, wideFacets);

        String header = ("%,d jobs over %d tenants (largest %,d), one segment; wrk %d s each, %d different "
                + "queries per row; load average before the raw rows %s, after %s").formatted(count, cities.size(),
                cities.getFirst().jobs(), seconds, QUERIES, loadBefore,
                Files.readString(Path.of("/proc/loadavg")).strip());
        return new Raw(header, one, nearResult, nearFacetResult, wideResult, wideFacetResult);
    }

    /** The generated jobs in the index: a freshness job left behind by an interrupted run is not one of them. */
    private long generatedCount() throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder("{\"query\":{\"terms\":{\"category\":[");
        body.append(BenchJobs.CATEGORIES.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(",")));
        body.append("]}}}");
        return JsonMapper.shared().readTree(send("POST", "/" + INDEX + "/_count", body.toString(), false))
                .path("count").asLong();
    }

    private static void print(Raw raw, NearbyThroughGateway.Report api) throws IOException {
        System.out.printf("%n%s; load average at the end %s (other work on the machine skews results)%n%n", raw.header(),
                Files.readString(Path.of("/proc/loadavg")).strip());
        System.out.println(api.setUp() + ".");
        System.out.println();
        System.out.println("| path | radius | connections | requests/s | p50 | p99 | non-2xx | answered degraded |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
        row("raw Elasticsearch", "1.25 km", 1, raw.one());
        row("raw Elasticsearch", "1.25 km", 32, raw.near());
        row("raw Elasticsearch + facets", "1.25 km", 32, raw.nearFacets());
        row("raw Elasticsearch", "5 km", 32, raw.wide());
        row("raw Elasticsearch + facets", "5 km", 32, raw.wideFacets());
        row("nearby API via gateway", "1.25 km", 1, api.normal().one());
        row("nearby API via gateway", "1.25 km", 32, api.normal().near());
        row("nearby API via gateway", "5 km", 32, api.normal().wide());
        row("search service direct, no gateway", "1.25 km", 32, api.normal().direct());
        row("degraded: search stopped, PostgreSQL", "1.25 km", 1, api.degraded().one());
        row("degraded: search stopped, PostgreSQL", "1.25 km", 32, api.degraded().near());
        row("degraded: search stopped, PostgreSQL", "5 km", 32, api.degraded().wide());

        System.out.println();
        System.out.println("| ratio, 32 connections | 1.25 km | 5 km | target |");
        System.out.println("|---|---:|---:|---|");
        System.out.printf("| facets cost: plain / with facets, throughput | %.2f | %.2f | ≤ 1.5 |%n",
                raw.near().requestsPerSecond() / raw.nearFacets().requestsPerSecond(),
                raw.wide().requestsPerSecond() / raw.wideFacets().requestsPerSecond());
        System.out.printf("| API / raw, throughput | %.2f | %.2f | ≥ 0.60 |%n",
                api.normal().near().requestsPerSecond() / raw.near().requestsPerSecond(),
                api.normal().wide().requestsPerSecond() / raw.wide().requestsPerSecond());
        System.out.printf("| API / raw, p99 | %.2f | %.2f | ≤ 2 |%n",
                api.normal().near().p99Millis() / raw.near().p99Millis(),
                api.normal().wide().p99Millis() / raw.wide().p99Millis());
        System.out.printf("| degraded / API, throughput | %.2f | %.2f | ≥ 1 |%n",
                api.degraded().near().requestsPerSecond() / api.normal().near().requestsPerSecond(),
                api.degraded().wide().requestsPerSecond() / api.normal().wide().requestsPerSecond());

        System.out.printf("%nThe gateway's circuit breaker per row (calls by outcome): normal path %s; degraded path %s%n",
                String.join("; ", api.normal().breaker()), String.join("; ", api.degraded().breaker()));
        System.out.printf("%nSpot checks: normal path %s; degraded path %s.%n", api.normal().checked(),
                api.degraded().checked());
        List<Double> delays = api.freshness().stream().map(Freshness.Posted::delayMillis).sorted().toList();
        System.out.printf("%nFreshness, %d jobs posted through the gateway one every %d ms, from the post's answer to "
                + "the job in the nearby API: p50 %.0f ms, p99 %.0f ms, max %.0f ms (target p99 ≤ 1 s)%n",
                delays.size(), NearbyThroughGateway.FRESH_SPACING.toMillis(), percentile(delays, 0.5),
                percentile(delays, 0.99), delays.getLast());
        System.out.printf("Of which the outbox relay (job's transaction → search acknowledged the event): %s; the rest is "
                + "waiting for Elasticsearch's next refresh (every second) and the poll interval (25 ms)%n", api.relay());
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static void row(String path, String radius, int connections, Wrk.Result result) {
        System.out.printf("| %s | %s | %d | %.0f | %.2f ms | %.2f ms | %d | %s |%n", path, radius, connections,
                result.requestsPerSecond(), result.p50Millis(), result.p99Millis(), result.non2xx(),
                path.startsWith("raw") ? "" : String.valueOf(result.marked()));
    }

    private double meanTotal(List<BenchQueries.Query> queries) throws IOException, InterruptedException {
        long sum = 0;
        int sample = Math.min(100, queries.size());
        for (int i = 0; i < sample; i++) {
            BenchQueries.Query query = queries.get(i);
            JsonNode reply = JsonMapper.shared().readTree(send("POST", "/" + INDEX + "/_search?routing="
                    + query.tenant(), query.elasticsearchBody(false), false));
            sum += reply.path("hits").path("total").path("value").asLong();
        }
        return (double) sum / sample;
    }

    /** A wrk script cycling through the queries, each routed to its tenant's shard like the service does. */
    private static Path script(List<BenchQueries.Query> queries, boolean facets) throws IOException {
        StringBuilder lua = new StringBuilder("local requests = {\n");
        for (BenchQueries.Query query : queries) {
            lua.append("  {\"/").append(INDEX).append("/_search?routing=").append(query.tenant())
                    .append("\", [==[").append(query.elasticsearchBody(facets)).append("]==]},\n");
        }
        lua.append("""
                }
                local i = 0
                local headers = { ["Content-Type"] = "application/json" }
                request = function()
                  i = i % #requests + 1
                  return wrk.format("POST", requests[i][1], headers, requests[i][2])
                end
                """);
        Path file = Files.createTempFile("search-bench-", ".lua");
        Files.writeString(file, lua, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }

    private String send(String method, String path, String body, boolean missingIsFine)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(elasticsearch + path))
                .timeout(Duration.ofMinutes(30))
                .header("Content-Type", path.endsWith("_bulk") ? "application/x-ndjson" : "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300 && !(missingIsFine && response.statusCode() == 404)) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return response.body();
    }

    private String marker() throws IOException, InterruptedException {
        JsonNode mapping = JsonMapper.shared().readTree(send("GET", "/" + INDEX + "/_mapping", null, true));
        return mapping.path(INDEX).path("mappings").path("_meta").path("generator").asString("");
    }
}
