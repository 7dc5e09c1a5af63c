package org.lingong.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.lingong.devstack.DemoTenants;
import org.lingong.devstack.DevStack;
import org.lingong.devstack.Platform;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 6's push number: {@code N} matching workers (default 100) each hold a notification stream through the
 * gateway; jobs are posted one after another through the gateway, and for each job and worker the delay runs from
 * sending the POST to the worker's stream receiving the event (so it includes the posting request itself).
 */
final class PushBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BENCH_DATABASE = "lingong_bench_push";
    private static final String CITY = "benchpush";
    private static final String PASSWORD = "bench-pass-1";
    private static final int WARM_UP_JOBS = 3;
    private static final double LATITUDE = 33.9631;
    private static final double LONGITUDE = 118.2752;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String city = Platform.gatewayUrl() + "/t/" + CITY + "/api/v1";
    /** Per job id: when each stream received it (System.nanoTime). */
    private final Map<String, Queue<Long>> received = new ConcurrentHashMap<>();

    private PushBenchmark() {
    }

    static void run(String[] args) throws Exception {
        int workers = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int jobs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        DevStack stack = DevStack.local().ensureRunning();
        String database = stack.createDatabase(BENCH_DATABASE);
        Platform platform = new Platform(stack, Path.of("").toAbsolutePath(), Map.of("LINGONG_DB_URL", database));
        platform.start();
        try {
            new Onboarding(stack).onboard(Onboarding.request(CITY, 1_000_000));
            DemoTenants.awaitRouted(Platform.gatewayUrl(), CITY);
            new PushBenchmark().measure(stack, workers, jobs);
        } finally {
            platform.stop();
            stack.dropDatabase(BENCH_DATABASE);
        }
    }

    private void measure(DevStack stack, int workers, int jobs) throws Exception {
        String admin = DemoTenants.passwordGrantToken(stack, CITY + "-admin", "demo");
        awaitRoute();
        KeycloakWorkers accounts = new KeycloakWorkers(stack);
        List<String> tokens = new ArrayList<>();
        for (int i = 1; i <= workers; i++) {
            String token = DemoTenants.passwordGrantToken(stack, accounts.ensure(CITY + "-w%03d".formatted(i), PASSWORD),
                    PASSWORD);
            String first14 = "32130219900101";
            String first17 = first14 + "%03d".formatted(i);
            send("PUT", "/workers/me", token, """
                    {"realName": "基准工人", "idNumber": "%s", "phone": "139%08d"}
                    """.formatted(first17 + checkCharacter(first17), i), 200);
            // Spread within 500 m of the jobs, inside everyone's default 15-minute walk.
            double north = (i % 50) * 10 / 111_195.0;
            send("PUT", "/workers/me/position", token, """
                    {"latitude": %s, "longitude": %s}""".formatted(LATITUDE + north, LONGITUDE), 200);
            tokens.add(token);
        }
        List<HttpResponse<Stream<String>>> streams = new ArrayList<>();
        for (String token : tokens) {
            HttpResponse<Stream<String>> stream = http.send(HttpRequest.newBuilder(
                            URI.create(city + "/workers/me/notifications/stream"))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build(),
                    HttpResponse.BodyHandlers.ofLines());
            if (stream.statusCode() != 200) {
                throw new IllegalStateException("stream refused: " + stream.statusCode());
            }
            streams.add(stream);
            Thread.ofVirtual().start(() -> read(stream));
        }

        List<Double> delays = new ArrayList<>();
        List<Double> posts = new ArrayList<>();
        int missing = 0;
        for (int j = 0; j < WARM_UP_JOBS + jobs; j++) {
            long sent = System.nanoTime();
            String job = JSON.readTree(send("POST", "/jobs", admin, job(j), 201)).get("id").asString();
            long posted = System.nanoTime();
            Queue<Long> receipts = received.computeIfAbsent(job, id -> new ConcurrentLinkedQueue<>());
            Instant deadline = Instant.now().plusSeconds(10);
            while (receipts.size() < workers && Instant.now().isBefore(deadline)) {
                Thread.sleep(5);
            }
            if (j >= WARM_UP_JOBS) {
                receipts.forEach(at -> delays.add((at - sent) / 1e6));
                posts.add((posted - sent) / 1e6);
                missing += workers - receipts.size();
            }
            Thread.sleep(300);
        }
        streams.forEach(stream -> stream.body().close());
        http.shutdownNow();

        List<Double> sorted = delays.stream().sorted().toList();
        List<Double> sortedPosts = posts.stream().sorted().toList();
        System.out.printf("%n| push: job posted → event on %d streams through the gateway | value |%n", workers);
        System.out.println("|---|---:|");
        System.out.printf("| jobs measured (after %d warm-up) | %d |%n", WARM_UP_JOBS, jobs);
        System.out.printf("| deliveries measured / missing after 10 s | %d / %d |%n", sorted.size(), missing);
        System.out.printf("| delay p50 | %.0f ms |%n", percentile(sorted, 50));
        System.out.printf("| delay p99 (target ≤ 1 s) | %.0f ms |%n", percentile(sorted, 99));
        System.out.printf("| delay max | %.0f ms |%n", sorted.isEmpty() ? Double.NaN : sorted.getLast());
        System.out.printf("| of which the POST /jobs itself, p50 | %.0f ms |%n", percentile(sortedPosts, 50));
    }

    /** The gateway learns of a new city from its registry poll, within a few seconds. */
    private void awaitRoute() throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (http.send(HttpRequest.newBuilder(URI.create(city + "/tenant")).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the gateway does not route " + CITY);
            }
            Thread.sleep(200);
        }
    }

    private void read(HttpResponse<Stream<String>> stream) {
        try (Stream<String> lines = stream.body()) {
            lines.filter(line -> line.startsWith("data:")).forEach(line -> {
                long at = System.nanoTime();
                String job = JSON.readTree(line.substring(5)).get("jobId").asString();
                received.computeIfAbsent(job, id -> new ConcurrentLinkedQueue<>()).add(at);
            });
        } catch (RuntimeException closed) {
            // the benchmark closed the stream
        }
    }

    private static String job(int number) {
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        return """
                {"title": "基准岗位%d", "category": "logistics", "slots": 5, "startsAt": "%s", "endsAt": "%s",
                 "term": "SHORT", "contactPolicy": "PLATFORM_ONLY", "wage": {"amountFen": 2500, "unit": "HOUR"},
                 "location": {"latitude": %s, "longitude": %s},
                 "source": {"channel": "GOVERNMENT", "name": "基准人社局"}}
                """.formatted(number, start, start.plus(6, ChronoUnit.HOURS), LATITUDE, LONGITUDE);
    }

    private String send(String method, String path, String token, String body, int expected) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(city + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    /** GB 11643 check character of the first 17 characters of a resident ID number. */
    private static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ((1 << (17 - i)) % 11);
        }
        return "10X98765432".charAt(sum % 11);
    }

    private static double percentile(List<Double> sorted, int percent) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    /** Worker accounts in the real Keycloak, made once through its admin API and reused by name. */
    private static final class KeycloakWorkers {

        private final DevStack stack;
        private final HttpClient http = HttpClient.newHttpClient();

        KeycloakWorkers(DevStack stack) {
            this.stack = stack;
        }

        String ensure(String username, String password) throws Exception {
            String admin = JSON.readTree(call(HttpRequest.newBuilder(URI.create(stack.keycloakUrl()
                            + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin"
                            + "&password=admin")))).get("access_token").asString();
            String realm = stack.keycloakUrl() + "/admin/realms/lingong";
            String user = """
                    {"username": "%s", "enabled": true, "emailVerified": true, "email": "%s@bench.lingong.invalid",
                     "firstName": "基准", "lastName": "工人",
                     "credentials": [{"type": "password", "value": "%s", "temporary": false}]}
                    """.formatted(username, username, password);
            call(HttpRequest.newBuilder(URI.create(realm + "/users")).header("Authorization", "Bearer " + admin)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(user)));
            String id = JSON.readTree(call(HttpRequest.newBuilder(URI.create(realm + "/users?exact=true&username="
                    + URLEncoder.encode(username, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + admin)
                    .GET())).get(0).get("id").asString();
            String role = call(HttpRequest.newBuilder(URI.create(realm + "/roles/worker"))
                    .header("Authorization", "Bearer " + admin).GET());
            call(HttpRequest.newBuilder(URI.create(realm + "/users/" + id + "/role-mappings/realm"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("[" + role + "]")));
            return username;
        }

        private String call(HttpRequest.Builder request) throws Exception {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
        }
    }
}
