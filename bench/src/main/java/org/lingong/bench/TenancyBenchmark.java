package org.lingong.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.lingong.devstack.DevStack;
import org.lingong.devstack.Platform;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Issue 3's numbers, each against a baseline taken in the same run: onboarding one more city and tenant-core's cold
 * start with only a handful of cities, then again with {@code N} (default 400) cities; one new migration applied to
 * all of them; and the gateway's overhead — the same request direct to tenant-core and through the gateway.
 */
final class TenancyBenchmark {

    private static final int SAMPLES = 5;
    private static final String BENCH_DATABASE = "lingong_bench";

    private TenancyBenchmark() {
    }

    static void run(String[] args) throws Exception {
        int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        DevStack stack = DevStack.local().ensureRunning();
        // A registry of its own, so "few cities" really is few; Keycloak users and search aliases are reused by name.
        String database = stack.createDatabase(BENCH_DATABASE);
        Platform platform = new Platform(stack, Path.of("").toAbsolutePath(), Map.of("LINGONG_DB_URL", database));
        platform.start();
        try {
            platform.loadDemoData();
            Onboarding onboarding = new Onboarding(stack);
            String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

            medianSeconds(onboarding, "bx" + run + "w", 3); // warm-up: JIT, connection pools, Keycloak caches
            double onboardFew = medianSeconds(onboarding, "bx" + run + "a", SAMPLES);
            Duration coldFew = platform.restart("tenant-core", Map.of());
            int schemasFew = schemas(stack);

            long bulkStarted = System.nanoTime();
            int added = fill(onboarding, tenants);
            Duration bulk = Duration.ofNanos(System.nanoTime() - bulkStarted);
            double onboardMany = medianSeconds(onboarding, "bx" + run + "b", SAMPLES);
            int schemasMany = schemas(stack);
            Duration coldMany = platform.restart("tenant-core", Map.of());
            Duration migrateMany = platform.restart("tenant-core",
                    Map.of("LINGONG_TENANT_MIGRATIONS", "classpath:db/tenant,filesystem:bench/probe-migration"));
            undoProbeMigration(stack);
            platform.restart("tenant-core", Map.of());

            String directUrl = "http://127.0.0.1:8081/api/v1/tenant";
            String gatewayUrl = Platform.gatewayUrl() + "/t/benchgw/api/v1/tenant";
            Wrk.run(directUrl, 16, 10, "X-Lingong-Tenant: benchgw"); // warm-up of both paths
            Wrk.run(gatewayUrl, 16, 10);
            Wrk.Result directOne = Wrk.run(directUrl, 1, 15, "X-Lingong-Tenant: benchgw");
            Wrk.Result gatewayOne = Wrk.run(gatewayUrl, 1, 15);
            Wrk.Result direct = Wrk.run(directUrl, 16, 15, "X-Lingong-Tenant: benchgw");
            Wrk.Result gateway = Wrk.run(gatewayUrl, 16, 15);

            System.out.printf("%n| measurement | few cities (%d schemas) | many cities (%d schemas) | many / few |%n",
                    schemasFew, schemasMany);
            System.out.println("|---|---:|---:|---:|");
            System.out.printf("| onboarding one more city, median of %d (target ≤ 3 s) | %.2f s | %.2f s | %.2f |%n",
                    SAMPLES, onboardFew, onboardMany, onboardMany / onboardFew);
            System.out.printf("| tenant-core start to healthy, schemas migrated (target ≤ 60 s) | %.1f s | %.1f s | %.2f |%n",
                    coldFew.toMillis() / 1e3, coldMany.toMillis() / 1e3, (double) coldMany.toMillis() / coldFew.toMillis());
            System.out.printf("| tenant-core start applying one new migration to every schema | | %.1f s | |%n",
                    migrateMany.toMillis() / 1e3);
            System.out.printf("%nBulk onboarding of %d cities, 8 at a time: %.0f s (%.2f cities/s).%n", added,
                    bulk.toMillis() / 1e3, added / (bulk.toMillis() / 1e3));
            System.out.println();
            System.out.println("| GET /api/v1/tenant with wrk, 15 s each | requests/s | p50 | p99 | non-2xx |");
            System.out.println("|---|---:|---:|---:|---:|");
            row("1 connection, direct to tenant-core", directOne);
            row("1 connection, through the gateway", gatewayOne);
            System.out.printf("| 1 connection: gateway adds | | +%.2f ms | +%.2f ms | |%n",
                    gatewayOne.p50Millis() - directOne.p50Millis(), gatewayOne.p99Millis() - directOne.p99Millis());
            row("16 connections, direct to tenant-core", direct);
            row("16 connections, through the gateway", gateway);
            System.out.printf("| 16 connections: gateway / direct throughput | %.2f | | | |%n",
                    gateway.requestsPerSecond() / direct.requestsPerSecond());
        } finally {
            platform.stop();
            stack.dropDatabase(BENCH_DATABASE);
        }
    }

    private static void row(String label, Wrk.Result result) {
        System.out.printf("| %s | %.0f | %.2f ms | %.2f ms | %d |%n", label, result.requestsPerSecond(),
                result.p50Millis(), result.p99Millis(), result.non2xx());
    }

    private static double medianSeconds(Onboarding onboarding, String prefix, int samples) {
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            seconds.add(onboarding.onboard(Onboarding.request(prefix + i, 50)).toMillis() / 1e3);
        }
        return seconds.stream().sorted().toList().get(samples / 2);
    }

    /** Onboards bench cities {@code bench001…}, and {@code benchgw} without a rate limit, eight at a time. */
    private static int fill(Onboarding onboarding, int count) throws Exception {
        List<Future<Duration>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            results.add(pool.submit(() -> onboarding.onboard(Onboarding.request("benchgw", 1_000_000))));
            for (int i = 1; i <= count; i++) {
                String code = "bench%03d".formatted(i);
                results.add(pool.submit(() -> onboarding.onboard(Onboarding.request(code, 50))));
            }
            for (Future<Duration> result : results) {
                result.get();
            }
        }
        return results.size();
    }

    private static JdbcClient platformDatabase(DevStack stack) {
        return JdbcClient.create(new DriverManagerDataSource(stack.postgresJdbcUrl().replaceFirst("/[a-z_]+$", "/" + BENCH_DATABASE),
                "lingong", "lingong"));
    }

    private static int schemas(DevStack stack) {
        return platformDatabase(stack).sql("select count(*) from pg_namespace where nspname like 't\\_%'")
                .query(Integer.class).single();
    }

    /** Takes the probe migration back out of every schema, so tenant-core starts normally again. */
    private static void undoProbeMigration(DevStack stack) {
        JdbcClient jdbc = platformDatabase(stack);
        for (String schema : jdbc.sql("select nspname from pg_namespace where nspname like 't\\_%'").query(String.class).list()) {
            jdbc.sql("drop table if exists " + schema + ".bench_probe").update();
            jdbc.sql("delete from " + schema + ".flyway_schema_history where version = '9000'").update();
        }
    }
}
