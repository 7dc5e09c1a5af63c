package org.lingong.core.screening;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.jobs.JobDetails;
import org.lingong.core.jobs.JobStatus;
import org.lingong.core.jobs.Jobs;
import org.lingong.core.jobs.ScreeningVerdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The review queue: jobs screening held, approved (published as they are) or rejected (taken down, with why). */
@Service
class PostingReviews {

    private static final TypeReference<List<ScreeningVerdict.Hit>> HITS = new TypeReference<>() {
    };

    /** A held job waiting for review, with what screening found. */
    record Held(UUID jobId, String title, List<ScreeningVerdict.Hit> hits, Instant heldAt) {
    }

    private final JdbcClient jdbc;
    private final Jobs jobs;
    private final JsonMapper json;
    private final Clock clock;

    PostingReviews(JdbcClient jdbc, Jobs jobs, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.json = json;
        this.clock = clock;
    }

    /** Held jobs still held: one an admin took down from the job list meanwhile has left the queue. */
    @Transactional(readOnly = true)
    List<Held> waiting() {
        return jdbc.sql("select job_id, title, hits, held_at from posting_review where decision is null "
                        + "order by held_at, job_id")
                .query((row, n) -> new Held(row.getObject(1, UUID.class), row.getString(2),
                        json.readValue(row.getString(3), HITS), row.getTimestamp(4).toInstant()))
                .list().stream().filter(held -> jobs.find(held.jobId()).status() == JobStatus.HELD).toList();
    }

    /** Publishes the held job; its audit line is the job's own ({@code job.release}). */
    @Transactional
    JobDetails approve(UUID jobId, String by) {
        decide(jobId, "APPROVED", by, null);
        return jobs.move(jobId, Jobs.JobTransition.RELEASE, null);
    }

    /** Takes the held job down with the reason the poster sees. */
    @Transactional
    JobDetails reject(UUID jobId, String reason, String by) {
        decide(jobId, "REJECTED", by, reason);
        return jobs.move(jobId, Jobs.JobTransition.TAKE_DOWN, reason);
    }

    private void decide(UUID jobId, String decision, String by, String reason) {
        int decided = jdbc.sql("update posting_review set decision = ?, decided_by = ?, decided_at = ?, reason = ? "
                        + "where job_id = ? and decision is null")
                .params(decision, by, Timestamp.from(clock.instant()), reason, jobId).update();
        if (decided == 0) {
            throw new ProblemException(ProblemType.REVIEW_NOT_FOUND);
        }
    }
}
