package org.lingong.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private TenancyBenchmark() {
    }

    static void run(String[] args) throws Exception {
        int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        DevStack stack = DevStack.local().ensureRunning();
        Platform platform = new Platform(stack, Path.of("").toAbsolutePath());
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
            int added = fill(onboarding, tenants, existingCodes(stack));
            Duration bulk = Duration.ofNanos(System.nanoTime() - bulkStarted);
            double onboardMany = medianSeconds(onboarding, "bx" + run + "b", SAMPLES);
            int schemasMany = schemas(stack);
            Duration coldMany = platform.restart("tenant-core", Map.of());
            Duration migrateMany = platform.restart("tenant-core",
                    Map.of("LINGONG_TENANT_MIGRATIONS", "classpath:db/tenant,filesystem:bench/probe-migration"));
            undoProbeMigration(stack);
            platform.restart("tenant-core", Map.of());

            Wrk.Result direct = Wrk.run("http://127.0.0.1:8081/api/v1/tenant", 16, 15, "X-Lingong-Tenant: benchgw");
            Wrk.Result gateway = Wrk.run(Platform.gatewayUrl() + "/t/benchgw/api/v1/tenant", 16, 15);

            System.out.printf("%n| measurement | few cities (%d schemas) | many cities (%d schemas) | many / few |%n",
                    schemasFew, schemasMany);
            System.out.println("|---|---:|---:|---:|");
            System.out.printf("| onboarding one more city, median of %d (target ≤ 3 s) | %.2f s | %.2f s | %.2f |%n",
                    SAMPLES, onboardFew, onboardMany, onboardMany / onboardFew);
            System.out.printf("| tenant-core start to healthy, schemas migrated (target ≤ 60 s) | %.1f s | %.1f s | %.2f |%n",
                    coldFew.toMillis() / 1e3, coldMany.toMillis() / 1e3, (double) coldMany.toMillis() / coldFew.toMillis());
            System.out.printf("| tenant-core start applying one new migration to every schema | | %.1f s | |%n",
                    migrateMany.toMillis() / 1e3);
            if (added > 0) {
                System.out.printf("%nBulk onboarding of %d cities, 8 at a time: %.0f s (%.2f cities/s).%n", added,
                        bulk.toMillis() / 1e3, added / (bulk.toMillis() / 1e3));
            }
            System.out.println();
            System.out.println("| GET /api/v1/tenant, wrk 2 threads 16 connections 15 s | requests/s | p50 | p99 | non-2xx |");
            System.out.println("|---|---:|---:|---:|---:|");
            System.out.printf("| direct to tenant-core | %.0f | %.2f ms | %.2f ms | %d |%n", direct.requestsPerSecond(),
                    direct.p50Millis(), direct.p99Millis(), direct.non2xx());
            System.out.printf("| through the gateway | %.0f | %.2f ms | %.2f ms | %d |%n", gateway.requestsPerSecond(),
                    gateway.p50Millis(), gateway.p99Millis(), gateway.non2xx());
            System.out.printf("| gateway / direct | %.2f | +%.2f ms | +%.2f ms | |%n",
                    gateway.requestsPerSecond() / direct.requestsPerSecond(),
                    gateway.p50Millis() - direct.p50Millis(), gateway.p99Millis() - direct.p99Millis());
        } finally {
            platform.stop();
        }
    }

    private static double medianSeconds(Onboarding onboarding, String prefix, int samples) {
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            seconds.add(onboarding.onboard(Onboarding.request(prefix + i, 50)).toMillis() / 1e3);
        }
        return seconds.stream().sorted().toList().get(samples / 2);
    }

    /** Onboards the missing ones of bench cities {@code bench001…}, and {@code benchgw} without a rate limit. */
    private static int fill(Onboarding onboarding, int count, Set<String> existing) throws Exception {
        List<Future<Duration>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            if (!existing.contains("benchgw")) {
                results.add(pool.submit(() -> onboarding.onboard(Onboarding.request("benchgw", 1_000_000))));
            }
            for (int i = 1; i <= count; i++) {
                String code = "bench%03d".formatted(i);
                if (!existing.contains(code)) {
                    results.add(pool.submit(() -> onboarding.onboard(Onboarding.request(code, 50))));
                }
            }
            for (Future<Duration> result : results) {
                result.get();
            }
        }
        return results.size();
    }

    private static JdbcClient platformDatabase(DevStack stack) {
        var dataSource = new DriverManagerDataSource(stack.postgresJdbcUrl(),
                "lingong", "lingong");
        return JdbcClient.create(dataSource);
    }

    private static Set<String> existingCodes(DevStack stack) {
        return Set.copyOf(platformDatabase(stack).sql("select code from platform.tenant where status = 'ACTIVE'")
                .query(String.class).list());
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
