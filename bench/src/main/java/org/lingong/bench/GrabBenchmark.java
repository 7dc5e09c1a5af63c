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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lingong.devstack.DemoTenants;
import org.lingong.devstack.DevStack;
import org.lingong.devstack.Platform;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 6's grab numbers, through the gateway on a database of its own ({@code lingong_grab_bench}, dropped
 * afterwards): (a) contention — 1,000 concurrent grabs of one job with 10 slots, three times; (a2) the ten grabs left
 * unconfirmed lapse on the order clock and the refused storm again for the slots; (c) a hot job — 200
 * workers grabbing one job in a closed loop, refusals once it is full; (b) throughput — 200 workers grabbing across
 * 10,000 open jobs, and the same conditional UPDATE + INSERT run raw against PostgreSQL with pgbench (200 clients).
 */
final class GrabBenchmark {

    private static final String DATABASE = "lingong_grab_bench";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final int CONTENTION = 1_000;
    private static final int CLIENTS = 200;
    private static final int OPEN_JOBS = 10_000;
    private static final Duration LOOP = Duration.ofSeconds(20);

    private GrabBenchmark() {
    }

    record Answer(int status, String slug, long nanos) {
    }

    static void run(String[] args) throws Exception {
        DevStack stack = DevStack.local().ensureRunning();
        String database = stack.createDatabase(DATABASE);
        Platform platform = new Platform(stack, Path.of("").toAbsolutePath(), Map.of("LINGONG_DB_URL", database));
        platform.start();
        try {
            String city = "bg" + Long.toString(System.currentTimeMillis() % 1_000_000, 36);
            new Onboarding(stack).onboard(Onboarding.request(city, 1_000_000));
            DemoTenants.awaitRouted(Platform.gatewayUrl(), city);
            String admin = DemoTenants.passwordGrantToken(stack, city + "-admin", "demo");
            long setupStarted = System.nanoTime();
            List<BenchWorkers.Worker> workers = new BenchWorkers(stack).verified(city, CONTENTION);
            System.out.printf("Set-up: %d worker accounts, tokens and verified profiles in %.0f s%n%n", workers.size(),
                    (System.nanoTime() - setupStarted) / 1e9);
            JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(database, "lingong", "lingong"));
            String base = Platform.gatewayUrl() + "/t/" + city;
            System.out.printf("Load average at the start %s%n%n", LoadAverage.awaitQuiet(Duration.ofMinutes(5)));

            System.out.println("(a) 1,000 concurrent grabs of one job with 10 slots\n");
            System.out.println("| run | orders | job-full | other | filled | p50 | p99 | max |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
            for (int run = 1; run <= 3; run++) {
                String job = postJob(base, admin, 10, Instant.now().plus(run, ChronoUnit.DAYS));
                List<Answer> answers = burst(base, job, workers);
                int filled = jdbc.sql("select filled from t_" + city + ".job where id = ?::uuid").param(job)
                        .query(Integer.class).single();
                System.out.printf("| %d | %d | %d | %d | %d | %s | %s | %s |%n", run, count(answers, 201, null),
                        count(answers, 409, "job-full"), answers.size() - count(answers, 201, null)
                                - count(answers, 409, "job-full"), filled,
                        ms(answers, 0.5), ms(answers, 0.99), ms(answers, 1.0));
            }

            lapseAndStormAgain(jdbc, city, base, admin, workers);

            System.out.println("\n(c) hot job: 200 workers grabbing one job (10 slots) in a closed loop for 20 s\n");
            String hot = postJob(base, admin, 10, Instant.now().plus(10, ChronoUnit.DAYS));
            List<Answer> hotAnswers = loop(base, workers.subList(0, CLIENTS), (worker, n) -> hot);
            List<Answer> refusals = hotAnswers.stream().filter(a -> "job-full".equals(a.slug())).toList();
            System.out.println("| answers | orders | job-full refusals/s | refusal p50 | refusal p99 | other |");
            System.out.println("|---:|---:|---:|---:|---:|---:|");
            System.out.printf("| %d | %d | %.0f | %s | %s | %d |%n", hotAnswers.size(), count(hotAnswers, 201, null),
                    refusals.size() / (double) LOOP.toSeconds(), ms(refusals, 0.5), ms(refusals, 0.99),
                    hotAnswers.size() - refusals.size() - count(hotAnswers, 201, null));

            System.out.println("\n(b) 200 workers grabbing across 10,000 open jobs for 20 s, and raw PostgreSQL\n");
            List<String> jobs = insertOpenJobs(jdbc, city);
            List<Answer> answers = loop(base, workers.subList(0, CLIENTS),
                    (worker, n) -> jobs.get((int) ((worker * 7_919L + n * 104_729L) % jobs.size())));
            List<Answer> grabbed = answers.stream().filter(a -> a.status() == 201).toList();
            double appRate = grabbed.size() / (double) LOOP.toSeconds();
            Raw raw = rawPgbench(jdbc, database);
            System.out.println("| path | successful grabs/s | p50 | p99 | refusals |");
            System.out.println("|---|---:|---:|---:|---|");
            System.out.printf("| through the gateway (200 clients) | %.0f | %s | %s | %s |%n", appRate,
                    ms(answers, 0.5), ms(answers, 0.99), slugs(answers));
            System.out.printf("| raw PostgreSQL, pgbench (200 clients) | %.0f | %.2f ms | %.2f ms | |%n",
                    raw.perSecond(), raw.p50Millis(), raw.p99Millis());
            System.out.printf("| gateway / raw | %.3f | | | |%n", appRate / raw.perSecond());
            System.out.printf("%nLoad average at the end %s%n", LoadAverage.now());
        } finally {
            platform.stop();
            stack.dropDatabase(DATABASE);
        }
    }

    private interface JobChoice {
        String job(int worker, long n);
    }

    /**
     * (a2) Nobody confirms: with the city's confirm limit at one minute, the ten grabs of a fresh storm lapse on the
     * order clock (every 2 s) and their slots reopen; the workers refused the first time storm again and take exactly
     * the ten slots. Prints how long after its deadline each grab was released.
     */
    private static void lapseAndStormAgain(JdbcClient jdbc, String city, String base, String admin,
                                           List<BenchWorkers.Worker> workers) throws Exception {
        System.out.println("\n(a2) nobody confirms: the ten grabs lapse after the city's limit (1 minute here), "
                + "the workers refused storm again\n");
        HttpResponse<String> limits = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/order-clock"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"confirmWithinMinutes\":1,\"noShowAfterMinutes\":30,"
                        + "\"completeAfterHours\":12,\"paymentWithinDays\":7,\"checkInRadiusMetres\":500}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (limits.statusCode() != 200) {
            throw new IllegalStateException("order clock not set: " + limits.body());
        }
        String job = postJob(base, admin, 10, Instant.now().plus(5, ChronoUnit.DAYS));
        List<Answer> first = burst(base, job, workers);
        String orders = "t_" + city + ".job_order";
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (jdbc.sql("select count(*) from " + orders + " where job_id = ?::uuid and status = 'GRABBED'").param(job)
                .query(Integer.class).single() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the grabs did not lapse within 3 minutes");
            }
            Thread.sleep(100);
        }
        // Released at updated_at; due at created_at + the limit.
        List<Long> lateMillis = jdbc.sql("select (extract(epoch from updated_at - created_at) * 1000)::bigint - 60000 "
                        + "from " + orders + " where job_id = ?::uuid and status = 'CANCELLED' order by 1").param(job)
                .query(Long.class).list();
        List<BenchWorkers.Worker> refused = new ArrayList<>();
        for (int i = 0; i < workers.size(); i++) {
            if (first.get(i).status() != 201) {
                refused.add(workers.get(i));
            }
        }
        List<Answer> again = burst(base, job, refused);
        int filled = jdbc.sql("select filled from t_" + city + ".job where id = ?::uuid").param(job)
                .query(Integer.class).single();
        System.out.println("| first storm: orders | lapsed | released after the deadline, p50 | max | second storm "
                + "(refused ones): orders | refusals | filled | p99 |");
        System.out.println("|---:|---:|---:|---:|---:|---|---:|---:|");
        System.out.printf("| %d | %d | %d ms | %d ms | %d | %s | %d | %s |%n", count(first, 201, null),
                lateMillis.size(), lateMillis.isEmpty() ? -1 : lateMillis.get(lateMillis.size() / 2),
                lateMillis.isEmpty() ? -1 : lateMillis.getLast(), count(again, 201, null), slugs(again), filled,
                ms(again, 0.99));
    }

    /** All workers at once, released together; the answers in the workers' order. */
    private static List<Answer> burst(String base, String job, List<BenchWorkers.Worker> workers) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        Answer[] answers = new Answer[workers.size()];
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < workers.size(); i++) {
                int index = i;
                threads.submit(() -> {
                    go.await();
                    answers[index] = grab(base, job, workers.get(index));
                    return null;
                });
            }
            Thread.sleep(500);
            go.countDown();
        }
        return List.of(answers);
    }

    /** Each worker grabs in a closed loop (next request when the last answered) for {@link #LOOP}. */
    private static List<Answer> loop(String base, List<BenchWorkers.Worker> workers, JobChoice choice) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < workers.size(); w++) {
                int index = w;
                threads.submit(() -> {
                    for (long n = 0; running.get(); n++) {
                        Answer answer = grab(base, choice.job(index, n), workers.get(index));
                        if (running.get()) {
                            answers.add(answer);
                        }
                    }
                    return null;
                });
            }
            Thread.sleep(LOOP.toMillis());
            running.set(false);
        }
        return List.copyOf(answers);
    }

    private static Answer grab(String base, String job, BenchWorkers.Worker worker) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/jobs/" + job + "/grab"))
                .header("Authorization", "Bearer " + worker.token()).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - started;
        String slug = null;
        if (response.statusCode() != 201) {
            JsonNode problem = JSON.readTree(response.body());
            slug = problem.has("type") ? problem.get("type").asString().replaceFirst(".*/", "") : "http-" + response.statusCode();
        }
        return new Answer(response.statusCode(), slug, nanos);
    }

    private static String postJob(String base, String admin, int slots, Instant start) throws Exception {
        Map<String, Object> posting = Map.ofEntries(Map.entry("title", "仓库装卸工"), Map.entry("category", "logistics"),
                Map.entry("slots", slots), Map.entry("address", "宿迁市宿城区"), Map.entry("startsAt", start.toString()),
                Map.entry("endsAt", start.plus(2, ChronoUnit.HOURS).toString()), Map.entry("term", "SHORT"),
                Map.entry("contactPolicy", "PLATFORM_ONLY"), Map.entry("wage", Map.of("amountFen", 20_000, "unit", "DAY")),
                Map.entry("location", Map.of("latitude", 33.9631, "longitude", 118.2752)),
                Map.entry("source", Map.of("channel", "THIRD_PARTY", "name", "基准测试")));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/jobs"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(posting))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("job not posted: " + response.body());
        }
        return JSON.readTree(response.body()).get("id").asString();
    }

    /**
     * 10,000 open jobs written straight into the city's schema (set-up, not measured): each in a time window of its
     * own, so a worker's grabs never overlap, with 50 slots.
     */
    private static List<String> insertOpenJobs(JdbcClient jdbc, String city) {
        BenchJobRows.insertPlain(jdbc, "t_" + city, "bench", OPEN_JOBS, 50, "OPEN");
        List<String> ids = new ArrayList<>(jdbc.sql("select id::text from t_" + city + ".job where posted_by = 'bench'")
                .query(String.class).list());
        Collections.shuffle(ids);
        return ids;
    }

    record Raw(double perSecond, double p50Millis, double p99Millis) {
    }

    /**
     * The same conditional UPDATE and INSERT as one statement, on plain tables with the same shape, 200 pgbench
     * clients for {@link #LOOP}; latency percentiles from pgbench's per-transaction log.
     */
    private static Raw rawPgbench(JdbcClient jdbc, String database) throws Exception {
        jdbc.sql("create schema grab_raw").update();
        jdbc.sql("create table grab_raw.job (id int primary key, status text not null, slots int not null, "
                + "filled int not null default 0, valid_until timestamptz not null, version bigint not null default 0)").update();
        jdbc.sql("create table grab_raw.job_order (id uuid primary key, job_id int not null references grab_raw.job, "
                + "worker_id int not null, status text not null, created_at timestamptz not null)").update();
        jdbc.sql("insert into grab_raw.job (id, status, slots, valid_until) select i, 'OPEN', 1000, now() + interval '1 day' "
                + "from generate_series(1, " + OPEN_JOBS + ") i").update();
        Path dir = Files.createTempDirectory("pgbench");
        Path script = dir.resolve("grab.sql");
        Files.writeString(script, """
                \\set j random(1, %d)
                \\set w random(1, %d)
                with taken as (update grab_raw.job set filled = filled + 1, version = version + 1 where id = :j and status = 'OPEN' and filled < slots and valid_until > now() returning id)
                insert into grab_raw.job_order (id, job_id, worker_id, status, created_at) select gen_random_uuid(), id, :w, 'GRABBED', now() from taken;
                """.formatted(OPEN_JOBS, CLIENTS));
        URI uri = URI.create(database.substring("jdbc:".length()));
        ProcessBuilder command = new ProcessBuilder("pgbench", "-n", "-h", uri.getHost(), "-p", String.valueOf(uri.getPort()),
                "-U", "lingong", "-c", String.valueOf(CLIENTS), "-j", "2", "-T", String.valueOf(LOOP.toSeconds()),
                "-f", script.toString(), "-l", "--log-prefix=" + dir.resolve("log"), uri.getPath().substring(1))
                .redirectErrorStream(true).directory(dir.toFile());
        command.environment().put("PGPASSWORD", "lingong");
        Process pgbench = command.start();
        String output = new String(pgbench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (pgbench.waitFor() != 0) {
            throw new IOException("pgbench failed:\n" + output);
        }
        List<Long> micros;
        try (Stream<Path> logs = Files.list(dir)) {
            micros = logs.filter(p -> p.getFileName().toString().startsWith("log")).flatMap(GrabBenchmark::lines)
                    .map(line -> Long.parseLong(line.split(" ")[2])).sorted().toList();
        }
        int grabbed = jdbc.sql("select count(*) from grab_raw.job_order").query(Integer.class).single();
        return new Raw(grabbed / (double) LOOP.toSeconds(), percentile(micros, 0.5) / 1000.0,
                percentile(micros, 0.99) / 1000.0);
    }

    private static Stream<String> lines(Path path) {
        try {
            return Files.readAllLines(path).stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int count(List<Answer> answers, int status, String slug) {
        return (int) answers.stream().filter(a -> a.status() == status && (slug == null || slug.equals(a.slug()))).count();
    }

    private static String slugs(List<Answer> answers) {
        Map<String, Long> bySlug = answers.stream().filter(a -> a.slug() != null)
                .collect(Collectors.groupingBy(Answer::slug, TreeMap::new, Collectors.counting()));
        return bySlug.isEmpty() ? "none" : bySlug.toString();
    }

    private static String ms(List<Answer> answers, double p) {
        if (answers.isEmpty()) {
            return "–";
        }
        return "%.1f ms".formatted(percentile(answers.stream().map(Answer::nanos).sorted().toList(), p) / 1e6);
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(List<Long> sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.clamp(rank, 1, sorted.size()) - 1);
    }
}
