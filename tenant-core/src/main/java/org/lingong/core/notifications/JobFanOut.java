package org.lingong.core.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lingong.common.nearby.TravelMode;
import org.lingong.common.problem.ProblemException;
import org.lingong.core.jobs.JobChanges;
import org.lingong.core.jobs.JobChanges.JobChange;
import org.lingong.core.jobs.JobStatus;
import org.lingong.core.jobs.JobDetails;
import org.lingong.core.jobs.Jobs;
import org.lingong.core.nearby.Circle;
import org.lingong.core.people.WorkerVerification;
import org.lingong.core.registry.TenantDirectory;
import org.lingong.core.registry.TravelSpeeds;
import org.lingong.core.tenancy.CurrentTenant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns jobs that opened into notifications for the matching workers of the current city. Follows the city's job
 * changes after its own cursor, in order; the notifications and the cursor's advance commit together, and a worker has
 * at most one notification per job, so a run that repeats (crash, replay, two replicas) adds nothing.
 */
@Service
class JobFanOut {

    /** Job changes handled per transaction. */
    static final int BATCH = 100;

    /** Notifies the replicas' streams, at commit, that the city has new notifications. */

    /** How long after it was written a job change may still commit and be announced by the sweep. */
    static final Duration LATE_COMMIT_WINDOW = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final Inbox inbox;
    private final JobChanges changes;
    private final Jobs jobs;
    private final WorkerVerification workers;
    private final TenantDirectory tenants;
    private final Clock clock;

    JobFanOut(JdbcClient jdbc, Inbox inbox, JobChanges changes, Jobs jobs, WorkerVerification workers,
              TenantDirectory tenants, Clock clock) {
        this.jdbc = jdbc;
        this.inbox = inbox;
        this.changes = changes;
        this.jobs = jobs;
        this.workers = workers;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** Handles the next batch of job changes; returns how many it read (fewer than {@link #BATCH}: caught up). */
    @Transactional
    int nextBatch() {
        // The row lock serialises the fan-out of a city across threads and replicas; the others wait, then see the
        // advanced cursor.
        long cursor = jdbc.sql("select last_outbox_id from notification_cursor for update").query(Long.class).single();
        List<JobChange> batch = changes.after(cursor, BATCH);
        if (batch.isEmpty()) {
            return 0;
        }
        announce(batch);
        jdbc.sql("update notification_cursor set last_outbox_id = ?").param(batch.getLast().id()).update();
        return batch.size();
    }

    /**
     * Handles again the job openings of the last {@link #LATE_COMMIT_WINDOW} behind the cursor. Outbox ids are handed
     * out at insert, not at commit: a transaction that commits after a later one leaves its event behind the cursor.
     * Repeats add nothing (one notification per worker and job).
     */
    @Transactional
    void recheckRecent() {
        long cursor = jdbc.sql("select last_outbox_id from notification_cursor for update").query(Long.class).single();
        announce(changes.recent(cursor, clock.instant().minus(LATE_COMMIT_WINDOW)));
    }

    /**
     * Notifies the workers of every job these changes opened; tells every replica's streams at commit when there is
     * something new. Later changes of an open job (a slot taken) announce nothing.
     */
    private void announce(List<JobChange> batch) {
        int notified = 0;
        for (JobChange change : batch) {
            if (change.opensJob()) {
                notified += currentlyOpen(change.job().id()).map(this::notifyMatching).orElse(0);
            }
        }
        if (notified > 0) {
            inbox.signalStreams();
        }
    }

    /** The job as it is now: one that filled or closed before its fan-out ran is not announced any more. */
    private Optional<JobDetails> currentlyOpen(UUID jobId) {
        try {
            return Optional.of(jobs.find(jobId)).filter(job -> job.status() == JobStatus.OPEN);
        } catch (ProblemException gone) {
            return Optional.empty();
        }
    }

    private record Candidate(UUID workerId, int metres) {
    }

    /**
     * Inserts one notification for every verified worker whose fresh position lies within their own circle of the
     * job, who follows the job's category (or no category at all) and has not muted it; returns how many were new.
     * Positions and settings are this feature's; who is verified and what they follow, the people feature's answer.
     */
    private int notifyMatching(JobDetails job) {
        List<Candidate> near = withinReach(job);
        if (near.isEmpty()) {
            return 0;
        }
        Set<UUID> following = workers.verifiedFollowing(near.stream().map(Candidate::workerId).toList(), job.category());
        List<Candidate> matching = near.stream().filter(c -> following.contains(c.workerId())).toList();
        if (matching.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                insert into notification (worker_id, job_id, job_title, category, wage_amount_fen, wage_unit,
                                          distance_m, created_at)
                select m.worker_id, :job, :title, :category, :wage, :unit, m.metres, :now
                from unnest(cast(:workers as uuid[]), cast(:metres as integer[])) as m(worker_id, metres)
                on conflict (worker_id, job_id) where kind = 'NEARBY_JOB' do nothing
                """)
                .param("job", job.id()).param("title", job.title()).param("category", job.category())
                .param("wage", job.wage().amountFen()).param("unit", job.wage().unit().name())
                .param("now", Timestamp.from(clock.instant()))
                .param("workers", matching.stream().map(Candidate::workerId).toArray(UUID[]::new))
                .param("metres", matching.stream().map(Candidate::metres).toArray(Integer[]::new))
                .update();
    }

    /** Workers with a fresh position inside their own circle of the job who have not muted its category. */
    private List<Candidate> withinReach(JobDetails job) {
        // Circles are minutes at the city's own speeds; the fastest mode at the longest time bounds the search.
        TravelSpeeds speeds = tenants.speeds(CurrentTenant.require());
        int fastest = Arrays.stream(TravelMode.values()).mapToInt(speeds::metresPerMinute).max().orElseThrow();
        Circle widest = new Circle(job.location().latitude(), job.location().longitude(),
                NotificationSettings.MAX_MINUTES * fastest);
        return jdbc.sql("""
                select p.worker_id, round(d.metres)
                from worker_position p
                left join notification_settings s on s.worker_id = p.worker_id
                cross join lateral (select %s as metres) d
                where p.located_at > :freshSince
                  and %s
                  and not (:category = any(coalesce(s.muted_categories, '{}')))
                  and d.metres <= coalesce(s.minutes, :defaultMinutes) * case coalesce(s.mode, :defaultMode)
                        when 'WALK' then :walk when 'BIKE' then :bike when 'EBIKE' then :ebike
                        when 'TRANSIT' then :transit end
                """.formatted(Circle.distanceSql("p.latitude", "p.longitude"),
                        Circle.boxSql("p.latitude", "p.longitude")))
                .params(widest.parameters())
                .param("category", job.category())
                .param("freshSince", Timestamp.from(clock.instant().minus(WorkerReach.POSITION_LIFETIME)))
                .param("defaultMinutes", NotificationSettings.DEFAULT_MINUTES)
                .param("defaultMode", NotificationSettings.DEFAULT_MODE.name())
                .param("walk", speeds.walk()).param("bike", speeds.bike()).param("ebike", speeds.ebike())
                .param("transit", speeds.transit())
                .query((rs, row) -> new Candidate(rs.getObject(1, UUID.class), rs.getInt(2))).list();
    }
}
