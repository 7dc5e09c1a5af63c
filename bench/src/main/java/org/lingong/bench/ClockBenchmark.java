package org.lingong.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.lingong.devstack.DevStack;
import org.lingong.devstack.Platform;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Issue 15's clock at scale, on the real scheduler in a platform on a database of its own
 * ({@code lingong_clock_bench}, dropped afterwards). One city holds {@code orders} open orders (default 100,000) whose
 * deadlines are spread evenly over {@code minutes} (default 5) starting 90 s from now, a third of each timed step
 * (release of an unconfirmed grab, no-show, completion by rule). Reported:
 * <ol>
 *   <li>how late each step's notice reached the worker after its deadline (p50, p99, max), the user-visible moment;</li>
 *   <li>the machine's CPU (every process: the services and PostgreSQL) per minute while the orders wait (the sweep's
 *       idle cost) and while they fall due;</li>
 *   <li>capacity against a raw baseline in the same run: {@value #BURST} grabs due at once, stepped by the platform,
 *       and the same order, history and slot updates as bare SQL in batches of 200 on copies of the tables.</li>
 * </ol>
 * Rows are inserted directly (set-up, not measured): workers without accounts, filled jobs, orders.
 */
final class ClockBenchmark {

    private static final String DATABASE = "lingong_clock_bench";
    private static final int WORKERS = 200;
    private static final int BURST = 20_000;
    private static final Duration FIRST_DEADLINE = Duration.ofSeconds(90);
    private static final Duration IDLE = Duration.ofSeconds(60);
    /** The defaults of the order clock (order_clock_setting). */
    private static final String DEADLINE = """
            case e.reason_code when 'NOT_CONFIRMED_IN_TIME' then o.created_at + interval '15 minutes'
                               when 'NOT_CHECKED_IN_IN_TIME' then o.starts_at + interval '30 minutes'
                               else o.ends_at + interval '12 hours' end""";

    private ClockBenchmark() {
    }

    static void run(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int minutes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        DevStack stack = DevStack.local().ensureRunning();
        String database = stack.createDatabase(DATABASE);
        Platform platform = new Platform(stack, Path.of("").toAbsolutePath(), Map.of("LINGONG_DB_URL", database));
        platform.start();
        try {
            String city = "bc" + Long.toString(System.currentTimeMillis() % 1_000_000, 36);
            new Onboarding(stack).onboard(Onboarding.request(city, 1_000_000));
            JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(database, "lingong", "lingong"));
            String schema = "t_" + city;
            // The build before and the platform's start-up heat the machine; the measured part starts quiet.
            String loadAtStart = LoadAverage.awaitQuiet(Duration.ofMinutes(5));
            System.out.printf("Order clock benchmark: %,d open orders in one city, deadlines over %d min; load average "
                    + "at the start %s%n%n", orders, minutes, loadAtStart);

            Instant first = Instant.now().plus(FIRST_DEADLINE);
            insertOrders(jdbc, schema, "bench-clock", orders, first, Duration.ofMinutes(minutes));
            Thread.sleep(Duration.between(Instant.now(), first.minus(IDLE)).toMillis());
            double idle = cpuPerMinute(IDLE);
            Instant last = first.plus(Duration.ofMinutes(minutes));
            double due = cpuPerMinute(Duration.between(Instant.now(), last.plusSeconds(5)));
            awaitStepped(jdbc, schema, "bench-clock", orders, Duration.ofMinutes(5));
            List<Double> late = jdbc.sql("select percentile_cont(array[0.5, 0.99, 1.0]) within group (order by "
                            + "extract(epoch from n.created_at - (" + DEADLINE + "))) from " + schema
                            + ".job_order_event e join " + schema + ".job_order o on o.id = e.order_id join " + schema
                            + ".notification n on n.order_id = o.id and n.order_status = e.to_status "
                            + "where e.actor_role = 'SYSTEM'")
                    .query((rs, row) -> List.of((Double[]) rs.getArray(1).getArray())).single();
            System.out.println("| steps | notice after deadline p50 | p99 | max | CPU while waiting | CPU while due |");
            System.out.println("|---:|---:|---:|---:|---:|---:|");
            System.out.printf("| %,d | %.1f s | %.1f s | %.1f s | %.1f core-s/min | %.1f core-s/min |%n%n", orders,
                    late.get(0), late.get(1), late.get(2), idle, due);

            Instant now = Instant.now();
            insertOrders(jdbc, schema, "bench-burst", BURST, now, Duration.ZERO);
            long started = System.nanoTime();
            awaitStepped(jdbc, schema, "bench-burst", BURST, Duration.ofMinutes(10));
            double platformRate = BURST / ((System.nanoTime() - started) / 1e9);
            double rawRate = raw(jdbc, schema);
            System.out.println("| path | steps/s, " + String.format("%,d", BURST) + " due at once |");
            System.out.println("|---|---:|");
            System.out.printf("| the platform's clock (history, audit, slot, outbox, the worker's notice) | %.0f |%n",
                    platformRate);
            System.out.printf("| raw SQL: order, history and slot updates in batches of 200 | %.0f |%n", rawRate);
            System.out.printf("| platform / raw | %.3f |%n", platformRate / rawRate);
            System.out.printf("%nload average at the end %s%n", LoadAverage.now());
        } finally {
            platform.stop();
            stack.dropDatabase(DATABASE);
        }
    }

    /**
     * {@code count} orders of {@value #WORKERS} workers (made here, without accounts) on filled jobs; deadlines
     * evenly from {@code first} over {@code spread}, each third waiting for one of the clock's steps.
     */
    static void insertOrders(JdbcClient jdbc, String schema, String marker, int count, Instant first,
                             Duration spread) {
        int jobs = (count + WORKERS - 1) / WORKERS;
        jdbc.sql("insert into " + schema + ".worker (id, account_id, status, created_at, updated_at, version) "
                + "select gen_random_uuid(), '" + marker + "-' || i, 'UNVERIFIED', now(), now(), 0 "
                + "from generate_series(1, " + WORKERS + ") i").update();
        BenchJobRows.insertPlain(jdbc, schema, marker, jobs, WORKERS, "FILLED");
        jdbc.sql("""
                insert into %1$s.job_order (id, job_id, worker_id, kind, status, starts_at, ends_at, created_at,
                                            updated_at, version)
                select gen_random_uuid(), j.id, w.id, 'GRAB', d.status,
                       case d.status when 'GRABBED' then d.deadline + interval '2 days'
                                     when 'CONFIRMED' then d.deadline - interval '30 minutes'
                                     else d.deadline - interval '14 hours' end,
                       case d.status when 'GRABBED' then d.deadline + interval '2 days 2 hours'
                                     when 'CONFIRMED' then d.deadline + interval '90 minutes'
                                     else d.deadline - interval '12 hours' end,
                       case d.status when 'GRABBED' then d.deadline - interval '15 minutes'
                                     else d.deadline - interval '2 days' end,
                       now(), 0
                from (select id, row_number() over (order by id) - 1 as n from %1$s.job where posted_by = ?) j
                join (select id, row_number() over (order by id) - 1 as n from %1$s.worker
                      where account_id like ?) w on true
                cross join lateral (select j.n * %2$d + w.n as n) k
                cross join lateral (select (array['GRABBED', 'CONFIRMED', 'CHECKED_IN'])[k.n %% 3 + 1] as status,
                                           ?::timestamptz + make_interval(secs => ?::float8 * k.n / ? / 1000) as deadline) d
                where k.n < ?
                """.formatted(schema, WORKERS))
                .params(marker, marker + "-%", Timestamp.from(first), spread.toMillis(), count, count).update();
        jdbc.sql("update " + schema + ".job_order set updated_at = created_at where job_id in (select id from "
                + schema + ".job where posted_by = ?)").param(marker).update();
    }

    private static void awaitStepped(JdbcClient jdbc, String schema, String marker, int count, Duration atMost)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(atMost);
        String open = "select count(*) from " + schema + ".job_order o join " + schema + ".job j on j.id = o.job_id "
                + "where j.posted_by = ? and o.status in ('GRABBED', 'CONFIRMED', 'CHECKED_IN')";
        long left;
        while ((left = jdbc.sql(open).param(marker).query(Long.class).single()) > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(left + " of " + count + " orders were never stepped");
            }
            Thread.sleep(500);
        }
        // The notices follow each batch's commit; the last ones may still be on their way.
        Thread.sleep(2_000);
    }

    /** The same order, history and slot updates the clock makes for a release, as bare SQL on copies of the tables. */
    private static double raw(JdbcClient jdbc, String schema) {
        jdbc.sql("create schema bench_raw").update();
        for (String table : List.of("job", "job_order", "job_order_event")) {
            jdbc.sql("create table bench_raw." + table + " (like " + schema + "." + table + " including all)").update();
        }
        jdbc.sql("insert into bench_raw.job select * from " + schema + ".job where posted_by = 'bench-burst'").update();
        jdbc.sql("update bench_raw.job set filled = slots, status = 'FILLED'").update();
        jdbc.sql("insert into bench_raw.job_order select * from " + schema + ".job_order o where o.job_id in "
                + "(select id from bench_raw.job)").update();
        jdbc.sql("update bench_raw.job_order set status = 'GRABBED', cancel_reason_code = null, "
                + "created_at = now() - interval '16 minutes'").update();
        long started = System.nanoTime();
        int stepped;
        do {
            stepped = jdbc.sql("""
                    with due as (select id from bench_raw.job_order
                                 where status = 'GRABBED' and created_at <= now() - interval '15 minutes'
                                 limit 200 for update skip locked),
                         moved as (update bench_raw.job_order o set status = 'CANCELLED',
                                          cancel_reason_code = 'NOT_CONFIRMED_IN_TIME', updated_at = now(),
                                          version = version + 1
                                   from due where o.id = due.id returning o.id, o.job_id),
                         history as (insert into bench_raw.job_order_event (order_id, from_status, to_status, actor,
                                                                           actor_role, reason_code, at)
                                     select id, 'GRABBED', 'CANCELLED', 'system:order-clock', 'SYSTEM',
                                            'NOT_CONFIRMED_IN_TIME', now() from moved),
                         slots as (update bench_raw.job j set filled = j.filled - c.n, status = 'OPEN'
                                   from (select job_id, count(*) as n from moved group by job_id) c
                                   where j.id = c.job_id)
                    select count(*) from moved""").query(Integer.class).single();
        } while (stepped > 0);
        double rate = BURST / ((System.nanoTime() - started) / 1e9);
        jdbc.sql("drop schema bench_raw cascade").update();
        return rate;
    }

    /** Busy CPU of the whole machine over the period, in core-seconds per minute (/proc/stat, USER_HZ 100). */
    private static double cpuPerMinute(Duration period) throws Exception {
        long before = busyJiffies();
        Thread.sleep(Math.max(0, period.toMillis()));
        return (busyJiffies() - before) / 100.0 / Math.max(1, period.toMillis()) * 60_000;
    }

    private static long busyJiffies() throws Exception {
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
        // user nice system idle iowait irq softirq steal: all but idle and iowait.
        return Long.parseLong(cpu[1]) + Long.parseLong(cpu[2]) + Long.parseLong(cpu[3]) + Long.parseLong(cpu[6])
                + Long.parseLong(cpu[7]) + Long.parseLong(cpu[8]);
    }

    /** Waits until the one-minute load average is below 1.5 (or the time is up) and returns the load then. */
}
