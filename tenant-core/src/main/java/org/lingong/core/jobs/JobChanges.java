package org.lingong.core.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The current city's job changes in the order they were made: the jobs outbox, written in the same transaction as
 * each change. Search follows it through {@link #deliver} (each change handed out until delivered), push with a cursor
 * of its own ({@link #after}, {@link #recent}). A change carries the job as it was right after it.
 */
@Component
public class JobChanges {

    /** A job's creation; the job's later moves are {@link #STATUS_CHANGED}. */
    public static final String POSTED = "JobPosted";
    public static final String STATUS_CHANGED = "JobStatusChanged";

    private static final String COLUMNS = "id, type, payload, created_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JobChanges(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One change; the job's version orders the changes of one job wherever they are applied. */
    public record JobChange(long id, String type, JobDetails job, Instant createdAt) {

        public boolean opensJob() {
            return opens(type, job.status());
        }
    }

    /** A job posted open, or moved to OPEN (published, reopened); a slot taken from an open job is not. */
    static boolean opens(String type, JobStatus status) {
        return status == JobStatus.OPEN && (POSTED.equals(type) || STATUS_CHANGED.equals(type));
    }

    /** Changes not delivered yet: how many, and since when. */
    public record Backlog(long count, Instant oldest) {
    }

    /**
     * Hands the oldest undelivered changes (at most {@code limit}) to the delivery and marks them delivered when it
     * returns, in one transaction: they stay locked meanwhile, so a second replica skips them rather than sending them
     * too, and a delivery that throws leaves them for the next call. Returns how many were delivered.
     */
    @Transactional
    public int deliver(int limit, Consumer<List<JobChange>> delivery) {
        List<JobChange> batch = jdbc.sql("select " + COLUMNS + " from outbox_event where published_at is null "
                        + "order by id limit ? for update skip locked")
                .param(limit).query(this::change).list();
        if (batch.isEmpty()) {
            return 0;
        }
        delivery.accept(batch);
        jdbc.sql("update outbox_event set published_at = now() where id in (:ids)")
                .param("ids", batch.stream().map(JobChange::id).toList()).update();
        return batch.size();
    }

    public Backlog undelivered() {
        return jdbc.sql("select count(*), min(created_at) from outbox_event where published_at is null")
                .query((row, n) -> {
                    Timestamp oldest = row.getTimestamp(2);
                    return new Backlog(row.getLong(1), oldest == null ? null : oldest.toInstant());
                }).single();
    }

    /** The changes after this one, oldest first (at most {@code limit}). */
    public List<JobChange> after(long id, int limit) {
        return jdbc.sql("select " + COLUMNS + " from outbox_event where id > ? order by id limit ?")
                .params(id, limit).query(this::change).list();
    }

    /**
     * The changes up to this one that were written since then, oldest first. Ids are handed out when a change is
     * written, not when it commits: a follower's cursor may have passed a change that committed later.
     */
    public List<JobChange> recent(long upTo, Instant since) {
        return jdbc.sql("select " + COLUMNS + " from outbox_event where id <= ? and created_at > ? order by id")
                .params(upTo, Timestamp.from(since)).query(this::change).list();
    }

    private JobChange change(ResultSet row, int number) throws SQLException {
        return new JobChange(row.getLong(1), row.getString(2), json.readValue(row.getString(3), JobDetails.class),
                row.getTimestamp(4).toInstant());
    }
}
