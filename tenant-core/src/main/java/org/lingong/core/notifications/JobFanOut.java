package org.lingong.core.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lingong.common.nearby.TravelMode;
import org.lingong.common.problem.ProblemException;
import org.lingong.core.jobs.JobStatus;
import org.lingong.core.jobs.JobView;
import org.lingong.core.jobs.Jobs;
import org.lingong.core.registry.TenantDirectory;
import org.lingong.core.registry.TravelSpeeds;
import org.lingong.core.tenancy.CurrentTenant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns jobs that opened into notifications for the matching workers of the current city. Reads the jobs outbox after
 * its own cursor, in order; the notifications and the cursor's advance commit together, and a worker has at most one
 * notification per job, so a run that repeats (crash, replay, two replicas) adds nothing.
 */
@Service
class JobFanOut {

    /** Outbox events handled per transaction. */
    static final int BATCH = 100;

    /** Notifies the replicas' streams, at commit, that the city has new notifications. */
    static final String NOTIFICATIONS_CHANNEL = "lingong_notifications";

    /** How long after its insert an outbox event may still commit and be announced by the sweep. */
    static final Duration LATE_COMMIT_WINDOW = Duration.ofMinutes(5);

    private static final double EARTH_RADIUS_M = 6_371_008.8;
    private static final double METRES_PER_DEGREE = 111_320;

    private final JdbcClient jdbc;
    private final Jobs jobs;
    private final TenantDirectory tenants;
    private final JsonMapper json;
    private final Clock clock;

    JobFanOut(JdbcClient jdbc, Jobs jobs, TenantDirectory tenants, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.tenants = tenants;
        this.json = json;
        this.clock = clock;
    }

    private record Event(long id, UUID jobId, String type, String payload) {
    }

    /** Handles the next batch of outbox events; returns how many it read (fewer than {@link #BATCH}: caught up). */
    @Transactional
    int nextBatch() {
        String schema = CurrentTenant.require().schema();
        // The row lock serialises the fan-out of a city across threads and replicas; the others wait, then see the
        // advanced cursor.
        long cursor = jdbc.sql("select last_outbox_id from " + schema + ".notification_cursor for update")
                .query(Long.class).single();
        List<Event> events = jdbc.sql("select id, aggregate_id, type, payload from " + schema + ".outbox_event "
                        + "where id > ? order by id limit ?").params(cursor, BATCH)
                .query((rs, row) -> new Event(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4))).list();
        if (events.isEmpty()) {
            return 0;
        }
        int notified = 0;
        for (Event event : events) {
            if (opensJob(event)) {
                notified += currentlyOpen(event.jobId()).map(job -> notifyMatching(schema, job)).orElse(0);
            }
        }
        jdbc.sql("update " + schema + ".notification_cursor set last_outbox_id = ?")
                .param(events.getLast().id()).update();
        if (notified > 0) {
            jdbc.sql("select pg_notify(?, ?)").params(NOTIFICATIONS_CHANNEL, schema)
                    .query().singleRow();
        }
        return events.size();
    }

    /**
     * Handles again the job openings of the last {@link #LATE_COMMIT_WINDOW} behind the cursor. Outbox ids are handed
     * out at insert, not at commit: a transaction that commits after a later one leaves its event behind the cursor.
     * Repeats add nothing (one notification per worker and job).
     */
    @Transactional
    void recheckRecent() {
        String schema = CurrentTenant.require().schema();
        long cursor = jdbc.sql("select last_outbox_id from " + schema + ".notification_cursor for update")
                .query(Long.class).single();
        List<Event> recent = jdbc.sql("select id, aggregate_id, type, payload from " + schema + ".outbox_event "
                        + "where id <= ? and created_at > ? order by id").params(cursor,
                        Timestamp.from(clock.instant().minus(LATE_COMMIT_WINDOW)))
                .query((rs, row) -> new Event(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4))).list();
        int notified = 0;
        for (Event event : recent) {
            if (opensJob(event)) {
                notified += currentlyOpen(event.jobId()).map(job -> notifyMatching(schema, job)).orElse(0);
            }
        }
        if (notified > 0) {
            jdbc.sql("select pg_notify(?, ?)").params(NOTIFICATIONS_CHANNEL, schema).query().singleRow();
        }
    }

    /** A job that was posted open or published; later changes of an open job (a slot taken) announce nothing. */
    private boolean opensJob(Event event) {
        return ("JobPosted".equals(event.type()) || "JobStatusChanged".equals(event.type()))
                && JobStatus.OPEN.name().equals(json.readTree(event.payload()).path("status").asString(""));
    }

    /** The job as it is now: one that filled or closed before its fan-out ran is not announced any more. */
    private Optional<JobView> currentlyOpen(UUID jobId) {
        try {
            return Optional.of(jobs.find(jobId)).filter(job -> job.status() == JobStatus.OPEN);
        } catch (ProblemException gone) {
            return Optional.empty();
        }
    }

    /**
     * Inserts one notification for every verified worker whose fresh position lies within their own circle of the
     * job, who follows the job's category (or no category at all) and has not muted it; returns how many were new.
     */
    private int notifyMatching(String schema, JobView job) {
        double latitude = job.location().latitude();
        double longitude = job.location().longitude();
        // Circles are minutes at the city's own speeds; the fastest mode at the longest time bounds the search.
        TravelSpeeds speeds = tenants.speeds(CurrentTenant.require());
        int fastest = Arrays.stream(TravelMode.values()).mapToInt(speeds::metresPerMinute).max().orElseThrow();
        double latitudeSpan = (double) NotificationSettings.MAX_MINUTES * fastest / METRES_PER_DEGREE;
        double longitudeSpan = latitudeSpan / Math.max(0.01, Math.cos(Math.toRadians(latitude)));
        Instant now = clock.instant();
        return jdbc.sql("""
                insert into %1$s.notification (worker_id, job_id, job_title, category, wage_amount_fen, wage_unit,
                                               distance_m, created_at)
                select w.id, :job, :title, :category, :wage, :unit, round(d.metres), :now
                from %1$s.worker w
                join %1$s.worker_position p on p.worker_id = w.id
                left join %1$s.notification_settings s on s.worker_id = w.id
                cross join lateral (select 2 * :radius * asin(sqrt(
                        power(sin(radians(p.latitude - :lat) / 2), 2)
                        + cos(radians(:lat)) * cos(radians(p.latitude)) * power(sin(radians(p.longitude - :lon) / 2), 2)
                    )) as metres) d
                where w.status = 'VERIFIED'
                  and p.located_at > :freshSince
                  and p.latitude between :lat - :latSpan and :lat + :latSpan
                  and p.longitude between :lon - :lonSpan and :lon + :lonSpan
                  and (cardinality(w.categories) = 0 or :category = any(w.categories))
                  and not (:category = any(coalesce(s.muted_categories, '{}')))
                  and d.metres <= coalesce(s.minutes, :defaultMinutes) * case coalesce(s.mode, :defaultMode)
                        when 'WALK' then :walk when 'BIKE' then :bike when 'EBIKE' then :ebike
                        when 'TRANSIT' then :transit end
                on conflict (worker_id, job_id) do nothing
                """.formatted(schema))
                .param("job", job.id()).param("title", job.title()).param("category", job.category())
                .param("wage", job.wage().amountFen()).param("unit", job.wage().unit().name())
                .param("now", Timestamp.from(now)).param("radius", EARTH_RADIUS_M)
                .param("lat", latitude).param("lon", longitude)
                .param("latSpan", latitudeSpan).param("lonSpan", longitudeSpan)
                .param("freshSince", Timestamp.from(now.minus(WorkerReach.POSITION_LIFETIME)))
                .param("defaultMinutes", NotificationSettings.DEFAULT_MINUTES)
                .param("defaultMode", NotificationSettings.DEFAULT_MODE.name())
                .param("walk", speeds.walk()).param("bike", speeds.bike()).param("ebike", speeds.ebike())
                .param("transit", speeds.transit())
                .update();
    }
}
