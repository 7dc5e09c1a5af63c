package org.lingong.core;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Plays the search service's internal API (alias, job events, re-index runs) for tenant-core's own tests: it records
 * what tenant-core sends and fails or stalls on demand, so a failing or recovering search can be staged at will. It
 * applies nothing — the real search service and Elasticsearch are exercised end to end in the e2e module.
 */
public final class SearchStandIn {

    private static final Pattern JOB_EVENTS = Pattern.compile("/internal/v1/tenants/([a-z0-9_]+)/job-events");
    private static final Pattern REINDEX = Pattern.compile(
            "/internal/v1/tenants/([a-z0-9_]+)/reindex(?:/([0-9a-f-]+)/(documents|finish))?");

    private static SearchStandIn shared;

    private final HttpServer server;
    public final List<String> requests = new CopyOnWriteArrayList<>();
    public volatile int status = 200;
    /** Every job-event batch received per tenant, in arrival order, including those answered with a failure. */
    public final Map<String, List<JsonNode>> jobEventBatches = new ConcurrentHashMap<>();
    /** Tenants whose job events are answered 503, as search answers while Elasticsearch is down. */
    public final Set<String> unavailableFor = ConcurrentHashMap.newKeySet();
    /** Tenants whose job-event requests wait for the latch before being answered. */
    public final Map<String, CountDownLatch> stalledFor = new ConcurrentHashMap<>();
    /** The documents of each re-index run, and which runs were finished. */
    public final Map<String, List<JsonNode>> reindexDocuments = new ConcurrentHashMap<>();
    public final Set<String> finishedRuns = ConcurrentHashMap.newKeySet();

    /** One stand-in for the whole test run: the same URL keeps Spring's test context cache effective. */
    static synchronized SearchStandIn shared() {
        if (shared == null) {
            try {
                shared = new SearchStandIn();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    private SearchStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/internal/v1/tenants/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                requests.add(exchange.getRequestMethod() + " " + path
                        + " auth=" + (exchange.getRequestHeaders().getFirst("Authorization") != null));
                Matcher events = JOB_EVENTS.matcher(path);
                Matcher reindex = REINDEX.matcher(path);
                if (events.matches()) {
                    jobEvents(exchange, events.group(1));
                } else if (reindex.matches()) {
                    reindex(exchange, reindex.group(2), reindex.group(3));
                } else {
                    exchange.sendResponseHeaders(status, -1);
                }
            }
        });
        server.start();
    }

    private void jobEvents(HttpExchange exchange, String tenant) throws IOException {
        JsonNode batch = Api.JSON.readTree(exchange.getRequestBody());
        jobEventBatches.computeIfAbsent(tenant, t -> new CopyOnWriteArrayList<>()).add(batch);
        CountDownLatch stall = stalledFor.get(tenant);
        if (stall != null) {
            try {
                stall.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (unavailableFor.contains(tenant)) {
            respond(exchange, 503, "{\"type\":\"https://lingong.org.cn/problems/search-unavailable\",\"status\":503}");
            return;
        }
        respond(exchange, 200, "{\"applied\":" + batch.get("events").size() + ",\"ignored\":0}");
    }

    private void reindex(HttpExchange exchange, String runId, String step) throws IOException {
        if (runId == null) {
            respond(exchange, 200, "{\"runId\":\"" + UUID.randomUUID() + "\"}");
        } else if (step.equals("documents")) {
            JsonNode jobs = Api.JSON.readTree(exchange.getRequestBody()).get("jobs");
            reindexDocuments.computeIfAbsent(runId, r -> new CopyOnWriteArrayList<>()).addAll(jobs.valueStream().toList());
            respond(exchange, 200, "{}");
        } else {
            finishedRuns.add(runId);
            int written = reindexDocuments.getOrDefault(runId, List.of()).size();
            respond(exchange, 200, "{\"written\":" + written + ",\"deleted\":0}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
