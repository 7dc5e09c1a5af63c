package org.lingong.search;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tenant-core's side of the contract search relies on, served over real HTTP: the registry feed
 * ({@code /internal/v1/tenant-routes}, with ETag and 304), each tenant with its job categories. Tests add tenants and
 * categories, and can take it away to see search keep its last good copy. It is the other service's published
 * contract, not a stand-in for PostgreSQL, Elasticsearch or Keycloak.
 */
public final class TenantCoreStub {

    public static final TenantCoreStub INSTANCE = new TenantCoreStub();

    private final HttpServer server;
    private final Map<String, Map<String, Object>> tenants = new ConcurrentHashMap<>();
    private final AtomicInteger feedVersion = new AtomicInteger();
    private final AtomicInteger notModified = new AtomicInteger();
    private volatile boolean away;

    private TenantCoreStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/internal/v1/tenant-routes", this::feed);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Registers or changes a tenant in the feed; speeds may be empty (tenant-core's defaults apply). */
    public void tenant(String code, String province, boolean sharesJobsWithNeighbours, Map<String, Integer> speeds) {
        Map<String, Object> route = new LinkedHashMap<>();
        route.put("code", code);
        route.put("province", province);
        route.put("status", "ACTIVE");
        route.put("domains", List.of());
        route.put("rateLimitPerSecond", 50);
        route.put("sharesJobsWithNeighbours", sharesJobsWithNeighbours);
        route.put("travelSpeeds", speeds);
        tenants.put(code, route);
        feedVersion.incrementAndGet();
    }

    /** Sets a registered tenant's active job categories in the feed. */
    public void categories(String tenant, String... codes) {
        tenants.computeIfPresent(tenant, (code, route) -> {
            Map<String, Object> changed = new LinkedHashMap<>(route);
            changed.put("jobCategories", List.of(codes));
            return changed;
        });
        feedVersion.incrementAndGet();
    }

    /** While away, every request gets a 503, like a tenant-core being restarted behind its load balancer. */
    public void away(boolean away) {
        this.away = away;
    }

    /** How many polls were answered 304. */
    public int notModifiedCount() {
        return notModified.get();
    }

    private void feed(HttpExchange exchange) throws IOException {
        if (away) {
            respond(exchange, 503, null, "");
            return;
        }
        String etag = "\"v" + feedVersion.get() + "\"";
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            notModified.incrementAndGet();
            respond(exchange, 304, etag, null);
            return;
        }
        List<Object> routes = new ArrayList<>(tenants.values());
        respond(exchange, 200, etag, JsonMapper.shared().writeValueAsString(
                Map.of("version", "v" + feedVersion.get(), "tenants", routes)));
    }

    private static void respond(HttpExchange exchange, int status, @Nullable String etag, @Nullable String body) throws IOException {
        if (etag != null) {
            exchange.getResponseHeaders().set("ETag", etag);
        }
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
