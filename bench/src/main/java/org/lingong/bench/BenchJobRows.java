package org.lingong.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The same generated jobs as the benchmark index ({@link BenchJobs}, same ids), written into each bench city's
 * {@code job} table with COPY, so tenant-core's PostgreSQL nearby query (the degraded path) answers over the same
 * data. Set-up, not measured: it bypasses the outbox on purpose, as the index already holds these jobs.
 */
final class BenchJobRows {

    private static final String COLUMNS = "id, title, category, wage_amount_fen, wage_unit, wage_per_day_fen, slots, "
            + "filled, latitude, longitude, starts_at, ends_at, term, contact_policy, source_channel, status, "
            + "valid_until, posted_by, created_at, updated_at, version";
    private static final int CHUNK = 50_000;

    private BenchJobRows() {
    }

    /**
     * {@code count} plain day jobs (warehouse loaders in 宿迁, a month ahead, three hours apart) with {@code slots}
     * slots in the schema, {@code filled} when their status is FILLED, marked by {@code posted_by}.
     */
    static void insertPlain(JdbcClient jdbc, String schema, String postedBy, int count, int slots, String status) {
        int filled = "FILLED".equals(status) ? slots : 0;
        jdbc.sql("insert into " + schema + ".job (id, title, category, wage_amount_fen, wage_unit, slots, filled, "
                + "latitude, longitude, starts_at, ends_at, term, contact_policy, source_channel, source_name, status, "
                + "valid_until, posted_by, created_at, updated_at) select gen_random_uuid(), '仓库装卸工', 'logistics', "
                + "20000, 'DAY', ?, ?, 33.9631, 118.2752, now() + interval '30 days' + i * interval '3 hours', "
                + "now() + interval '30 days' + i * interval '3 hours' + interval '2 hours', 'SHORT', 'PLATFORM_ONLY', "
                + "'THIRD_PARTY', '基准测试', ?, now() + interval '29 days', ?, now(), now() "
                + "from generate_series(1, ?) i").params(slots, filled, status, postedBy, count).update();
    }

    /** Adds the bench categories to every city, then copies its jobs in; returns the number of rows. */
    static long copy(String jdbcUrl, List<BenchCities.City> cities) throws Exception {
        Instant validUntil = Instant.now().plus(365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
        long rows = 0;
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "lingong", "lingong");
                Statement statement = connection.createStatement()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (BenchCities.City city : cities) {
                String schema = "t_" + city.tenant();
                for (String category : BenchJobs.CATEGORIES) {
                    statement.execute("insert into " + schema + ".job_category (code, name_zh, name_en) values ('"
                            + category + "', '基准" + category + "', 'Bench " + category + "') on conflict do nothing");
                }
                StringBuilder chunk = new StringBuilder();
                int[] count = {0};
                long[] copied = {0};
                String sql = "copy " + schema + ".job (" + COLUMNS + ") from stdin";
                BenchJobs.forEach(city, validUntil, job -> {
                    line(chunk, job);
                    if (++count[0] % CHUNK == 0) {
                        copied[0] += copyIn(copy, sql, chunk);
                    }
                });
                copied[0] += copyIn(copy, sql, chunk);
                statement.execute("analyze " + schema + ".job");
                rows += copied[0];
            }
        }
        return rows;
    }

    private static long copyIn(CopyManager copy, String sql, StringBuilder chunk) {
        if (chunk.isEmpty()) {
            return 0;
        }
        try {
            long copied = copy.copyIn(sql, new StringReader(chunk.toString()));
            chunk.setLength(0);
            return copied;
        } catch (Exception e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        }
    }

    /** One row in COPY's text format; the index document's fields mapped to the table's columns. */
    private static void line(StringBuilder out, ObjectNode job) {
        Instant startsAt = Instant.parse(job.path("startsAt").asString());
        int slots = job.path("slots").asInt();
        JsonNode perDay = job.path("wagePerDayFen");
        String created = job.path("createdAt").asString();
        out.append(job.path("jobId").asString()).append('\t')
                .append(job.path("title").asString()).append('\t')
                .append(job.path("category").asString()).append('\t')
                .append(job.path("wageAmountFen").asLong()).append('\t')
                .append(job.path("wageUnit").asString()).append('\t')
                .append(perDay.isNull() ? "\\N" : String.valueOf(perDay.asLong())).append('\t')
                .append(slots).append('\t')
                .append(slots - job.path("slotsOpen").asInt()).append('\t')
                .append(job.path("location").path("lat").asDouble()).append('\t')
                .append(job.path("location").path("lon").asDouble()).append('\t')
                .append(startsAt).append('\t')
                .append(startsAt.plus(8, ChronoUnit.HOURS)).append('\t')
                .append(job.path("term").asString()).append('\t')
                .append("PLATFORM_ONLY\t")
                .append(job.path("sourceChannel").asString()).append('\t')
                .append("OPEN\t")
                .append(job.path("validUntil").asString()).append('\t')
                .append("bench\t")
                .append(created).append('\t')
                .append(created).append('\t')
                .append(job.path("version").asLong()).append('\n');
    }
}
