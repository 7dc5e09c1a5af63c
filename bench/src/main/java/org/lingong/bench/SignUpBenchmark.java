package org.lingong.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.lingong.devstack.DemoTenants;
import org.lingong.devstack.DevStack;
import org.lingong.devstack.PhoneSignInClient;
import org.lingong.devstack.Platform;
import org.lingong.devstack.junit.KeycloakAdmin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14's number: {@code N} sign-ups (default 1,000) through the real flow, {@code C} at a time (default 8) — the
 * city's sign-in page in Keycloak, a code requested (Keycloak → tenant-core → the development SMS sender), the code
 * read from the dev outbox as a person reads their phone, the code entered (the account made), the authorization code
 * redeemed for a token, and the real-name profile saved through the gateway. Baseline in the same run: Keycloak's own
 * password grant for existing accounts at the same concurrency. The realm's per-address code limit is lifted for the
 * run (every sign-up comes from this one address) and put back afterwards; the accounts are deleted.
 */
final class SignUpBenchmark {

    private static final String DATABASE = "lingong_signup_bench";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** Each run's phones are new to the realm's per-phone limits. */
    private static final int PHONES = java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000);
    private static final String[] PHASES = {"page", "code sent", "code read", "code entered", "token", "profile"};

    private SignUpBenchmark() {
    }

    static void run(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        String loadAtStart = Files.readString(Path.of("/proc/loadavg")).strip();
        DevStack stack = DevStack.local().ensureRunning();
        String database = stack.createDatabase(DATABASE);
        Platform platform = new Platform(stack, Path.of("").toAbsolutePath(), Map.of("LINGONG_DB_URL", database));
        KeycloakAdmin keycloak = new KeycloakAdmin(stack.keycloakUrl());
        Map<String, String> before = keycloak.configurePhoneSignIn("lingong", Map.of("codesPerAddressPerHour",
                String.valueOf(count * 2)));
        List<String> accounts = new ArrayList<>();
        platform.start();
        try {
            String city = "bs" + Long.toString(System.currentTimeMillis() % 1_000_000, 36);
            new Onboarding(stack).onboard(Onboarding.request(city, 1_000_000));
            DemoTenants.awaitRouted(Platform.gatewayUrl(), city);
            BenchWorkers workers = new BenchWorkers(stack);
            workers.ensureAccounts(clients * 25);

            System.out.printf("Sign-up benchmark: %d sign-ups, %d at a time; load average at the start %s%n%n",
                    count, clients, loadAtStart);
            double baseline = passwordGrants(workers, clients * 25, clients);
            List<long[]> timings = new ArrayList<>();
            long started = System.nanoTime();
            try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
                List<Callable<long[]>> tasks = IntStream.rangeClosed(1, count).<Callable<long[]>>mapToObj(
                        i -> () -> signUp(stack, workers, city, i, accounts)).toList();
                for (Future<long[]> timing : pool.invokeAll(tasks)) {
                    timings.add(timing.get());
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            report(timings, count / seconds, baseline, clients);
            System.out.printf("%nload average at the end %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
        } finally {
            platform.stop();
            keycloak.configurePhoneSignIn("lingong", before);
            accounts.forEach(id -> keycloak.send("DELETE", "/lingong/users/" + id, null));
            stack.dropDatabase(DATABASE);
        }
    }

    /** One person's sign-up; the time of each phase in nanoseconds. */
    private static long[] signUp(DevStack stack, BenchWorkers workers, String city, int i, List<String> accounts)
            throws Exception {
        String phone = "136%08d".formatted((PHONES + i) % 100_000_000);
        long[] at = new long[PHASES.length + 1];
        at[0] = System.nanoTime();
        PhoneSignInClient signIn = new PhoneSignInClient(HTTP, stack.issuerUri(), city);
        at[1] = System.nanoTime();
        signIn.send(phone, "2026-12");
        at[2] = System.nanoTime();
        String code = readCode(city, phone);
        at[3] = System.nanoTime();
        String callback = signIn.verify(code);
        at[4] = System.nanoTime();
        String token = signIn.redeem(callback);
        at[5] = System.nanoTime();
        synchronized (accounts) {
            accounts.add(JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])).get("sub").asString());
        }
        workers.profile(city, i, token);
        at[6] = System.nanoTime();
        long[] phases = new long[PHASES.length + 1];
        for (int p = 0; p < PHASES.length; p++) {
            phases[p] = at[p + 1] - at[p];
        }
        phases[PHASES.length] = at[PHASES.length] - at[0];
        return phases;
    }

    private static String readCode(String city, String phone) throws Exception {
        URI outbox = URI.create(Platform.serviceUrl("tenant-core") + "/dev/sms-outbox?city=" + city + "&phone=" + phone);
        for (int attempt = 0; attempt < 100; attempt++) {
            HttpResponse<String> sent = HTTP.send(HttpRequest.newBuilder(outbox).header("Accept", "application/json")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode codes = JSON.readTree(sent.body());
            if (codes.isArray() && !codes.isEmpty()) {
                return codes.get(0).get("code").asString();
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("no code reached the outbox for " + phone);
    }

    /** Password grants per second for existing accounts, the same number of clients at a time. */
    private static double passwordGrants(BenchWorkers workers, int accounts, int clients) throws Exception {
        int grants = accounts * 2;
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Callable<String>> tasks = IntStream.range(0, grants).<Callable<String>>mapToObj(
                    i -> () -> workers.token(BenchWorkers.username(1 + i % accounts))).toList();
            for (Future<String> token : pool.invokeAll(tasks)) {
                token.get();
            }
        }
        return grants / ((System.nanoTime() - started) / 1e9);
    }

    private static void report(List<long[]> timings, double perSecond, double baseline, int clients) {
        System.out.printf("| sign-up, %d at a time | value |%n|---|---:|%n", clients);
        System.out.printf("| sign-ups completed | %d |%n", timings.size());
        System.out.printf("| sign-ups per second | %.1f |%n", perSecond);
        System.out.printf("| baseline: Keycloak password grants per second (existing accounts) | %.1f |%n", baseline);
        System.out.printf("| ratio sign-ups / password grants | %.2f |%n", perSecond / baseline);
        for (int p = 0; p <= PHASES.length; p++) {
            int phase = p;
            List<Double> sorted = timings.stream().map(t -> t[phase] / 1e6).sorted().toList();
            System.out.printf("| %s p50 / p99 | %.0f / %.0f ms |%n", p == PHASES.length ? "whole sign-up" : PHASES[p],
                    sorted.get(sorted.size() / 2), sorted.get(Math.min(sorted.size() - 1,
                            (int) Math.ceil(sorted.size() * 0.99) - 1)));
        }
    }
}
