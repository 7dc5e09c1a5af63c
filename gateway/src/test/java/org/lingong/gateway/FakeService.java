package org.lingong.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.lingong.common.tenant.RegistryFeed;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stands in for tenant-core or search behind the gateway: echoes every request (method, path, query, headers) as
 * JSON, and — for tenant-core — serves the tenant-routes document (tenants and recently disabled accounts) with
 * ETag / 304 like the real one.
 */
final class FakeService implements AutoCloseable {

    static final String TENANT_ROUTES = "/internal/v1/tenant-routes";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final HttpServer server;
    private final List<Map<String, Object>> tenants = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> registryPolls = new CopyOnWriteArrayList<>();
    private final List<Map<String, Object>> revoked = new CopyOnWriteArrayList<>();
    private volatile int version;
    /** How the echo answers: its status (a problem body when not 200) and a delay before it answers. */
    volatile int status = 200;
    volatile long delayMillis;
    /** How many gateway replicas the registry feed reports alive. */
    volatile int gatewayReplicas = 1;
    private final AtomicInteger echoed = new AtomicInteger();

    private FakeService(String name) throws IOException {
        this.name = name;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    static FakeService start(String name) {
        try {
            return new FakeService(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Points the gateway under test at these stand-ins, polling the registry every 200 ms. */
    static void routeTo(DynamicPropertyRegistry registry, FakeService tenantCore, FakeService search) {
        registry.add("LINGONG_TENANT_CORE_URL", tenantCore::url);
        registry.add("LINGONG_SEARCH_URL", search::url);
        registry.add("lingong.gateway.tenants.poll-interval", () -> "200ms");
    }

    /** Adds a tenant to the registry, which gets a new version (and ETag). */
    synchronized void register(String code, String province, String status, Integer rateLimitPerSecond,
            String... domains) {
        Map<String, Object> tenant = new LinkedHashMap<>();
        tenant.put("code", code);
        tenant.put("province", province);
        tenant.put("status", status);
        tenant.put("domains", List.of(domains));
        tenant.put("rateLimitPerSecond", rateLimitPerSecond);
        tenants.add(tenant);
        version++;
    }

    /** The body length of every request the service read whole (besides registry polls). */
    final List<Integer> bodies = new CopyOnWriteArrayList<>();
    /** Lists an account as disabled at this time in the registry feed, which gets a new version. */
    synchronized void revoke(String subject, Instant at) {
        revoked.add(Map.of("subject", subject, "revokedAt", at.toString()));
        version++;
    }

    /** How many requests the service answered (besides registry polls). */
    int echoed() {
        return echoed.get();
    }

    /** The request headers (lower-case names) of every registry poll so far. */
    List<Map<String, String>> registryPolls() {
        return new ArrayList<>(registryPolls);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((header, values) ->
                    headers.put(header.toLowerCase(Locale.ROOT), String.join(",", values)));
            if (exchange.getRequestURI().getRawPath().equals(TENANT_ROUTES)) {
                registryPolls.add(headers);
                serveRegistry(exchange, headers.get("if-none-match"));
                return;
            }
            bodies.add(body.length);
            echoed.incrementAndGet();
            if (delayMillis > 0) {
                sleep(delayMillis);
            }
            if (status != 200) {
                send(exchange, status, JSON.writeValueAsBytes(Map.of("service", name, "status", status,
                        "type", "https://lingong.org.cn/problems/fake-" + status)));
                return;
            }
            Map<String, Object> echo = new LinkedHashMap<>();
            echo.put("service", name);
            echo.put("method", exchange.getRequestMethod());
            echo.put("path", exchange.getRequestURI().getRawPath());
            echo.put("query", exchange.getRequestURI().getRawQuery());
            echo.put("headers", headers);
            // Echoed like a service that sets its own request id header: the gateway must not duplicate it.
            exchange.getResponseHeaders().set("X-Request-Id", headers.getOrDefault("x-request-id", "none"));
            send(exchange, 200, JSON.writeValueAsBytes(echo));
        }
    }

    /** Like tenant-core before its own start-up finished: 503 while no tenant is registered. */
    private synchronized void serveRegistry(HttpExchange exchange, String ifNoneMatch) throws IOException {
        if (tenants.isEmpty()) {
            exchange.sendResponseHeaders(503, -1);
            return;
        }
        String etag = "\"v" + version + "\"";
        exchange.getResponseHeaders().set("ETag", etag);
        exchange.getResponseHeaders().set(RegistryFeed.GATEWAY_REPLICAS, Integer.toString(gatewayReplicas));
        if (etag.equals(ifNoneMatch)) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        send(exchange, 200, JSON.writeValueAsBytes(Map.of("version", "v" + version, "tenants", tenants,
                "revoked", revoked)));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
