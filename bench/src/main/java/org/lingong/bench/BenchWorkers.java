package org.lingong.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.lingong.devstack.DevStack;
import org.lingong.devstack.Platform;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real worker accounts for the grab benchmark: one Keycloak user per worker ({@code bench-grab-w0001…}, made once by
 * a partial import and reused by later runs), a real password-grant token each, and a verified worker profile in the
 * bench city through the gateway. One account is one worker, so there is no shortcut around the accounts themselves;
 * what is saved is their creation on repeated runs.
 */
final class BenchWorkers {

    static final String PASSWORD = "bench-grab-1";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    record Worker(String token, String id) {
    }

    private final DevStack stack;

    BenchWorkers(DevStack stack) {
        this.stack = stack;
    }

    /** {@code count} verified workers of {@code city}, with their tokens. */
    List<Worker> verified(String city, int count) throws Exception {
        ensureAccounts(count);
        List<Callable<Worker>> tasks = IntStream.rangeClosed(1, count)
                .<Callable<Worker>>mapToObj(i -> () -> profile(city, i, token(username(i)))).toList();
        List<Worker> workers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Worker> worker : pool.invokeAll(tasks)) {
                workers.add(worker.get());
            }
        }
        return workers;
    }

    static String username(int i) {
        return "bench-grab-w%04d".formatted(i);
    }

    /** Creates the missing accounts, 100 per partial import (existing ones are skipped). */
    void ensureAccounts(int count) {
        for (int from = 1; from <= count; from += 100) {
            String admin = adminToken(); // master-realm admin tokens live a minute; an import of 100 takes about that
            List<Map<String, Object>> users = IntStream.rangeClosed(from, Math.min(count, from + 99))
                    .mapToObj(i -> Map.<String, Object>of("username", username(i), "enabled", true,
                            "emailVerified", true, "email", username(i) + "@bench.lingong.invalid",
                            "firstName", "基准", "lastName", "零工", "realmRoles", List.of("worker"),
                            "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))))
                    .toList();
            send(HttpRequest.newBuilder(URI.create(stack.keycloakUrl() + "/admin/realms/lingong/partialImport"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                            Map.of("ifResourceExists", "SKIP", "users", users)))));
        }
    }

    private String adminToken() {
        return send(HttpRequest.newBuilder(URI.create(stack.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin")))
                .get("access_token").asString();
    }

    String token(String username) {
        return send(HttpRequest.newBuilder(URI.create(stack.issuerUri() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=lingong-app&username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + PASSWORD)))
                .get("access_token").asString();
    }

    /** A verified profile: a valid resident ID number and phone of its own per worker. */
    Worker profile(String city, int i, String token) {
        String first17 = "321302" + "1990%02d%02d".formatted(1 + i % 12, 1 + (i / 12) % 28) + "%03d".formatted(i % 1000);
        Map<String, Object> profile = Map.of("realName", "基准零工", "idNumber", first17 + checkCharacter(first17),
                "phone", "139%08d".formatted(i), "homeRegionCode", "321302", "skills", List.of("搬运"),
                "categories", List.of("logistics"), "priorityGroups", List.of());
        JsonNode saved = send(HttpRequest.newBuilder(URI.create(Platform.gatewayUrl() + "/t/" + city + "/api/v1/workers/me"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(profile))));
        if (!"VERIFIED".equals(saved.get("status").asString())) {
            throw new IllegalStateException("worker not verified: " + saved);
        }
        return new Worker(token, saved.get("id").asString());
    }

    /** GB 11643 check character (ISO 7064 MOD 11-2). */
    private static char checkCharacter(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    private static JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
