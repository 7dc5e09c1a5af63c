package org.lingong.search;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lingong.search.jobs.JobDocument;
import org.lingong.search.jobs.JobDocument.JobStatus;
import org.lingong.search.jobs.JobDocument.Position;
import org.lingong.search.jobs.JobDocument.SourceChannel;
import org.lingong.search.jobs.JobDocument.Term;
import org.lingong.search.jobs.JobDocument.WageUnit;

/** Builds the job documents tenant-core would send: an open day job in central Suqian unless told otherwise. */
public final class TestJob {

    private UUID jobId = UUID.randomUUID();
    private String title = "仓库搬运工";
    private String description = "负责货物装卸搬运，按天结算";
    private String category = "porter";
    private long wageAmountFen = 20_000;
    private WageUnit wageUnit = WageUnit.DAY;
    private @Nullable Long wagePerDayFen = 20_000L;
    private double latitude = 33.9631;
    private double longitude = 118.2752;
    private Instant startsAt = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
    private Term term = Term.SHORT;
    private int slotsOpen = 3;
    private SourceChannel source = SourceChannel.EMPLOYER;
    private List<String> priorityGroups = List.of();
    private JobStatus status = JobStatus.OPEN;
    private Instant validUntil = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
    private Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private Instant updatedAt = createdAt;
    private long version = 1;

    public static TestJob open() {
        return new TestJob();
    }

    public TestJob title(String title, String description) {
        this.title = title;
        this.description = description;
        return this;
    }

    public TestJob category(String category) {
        this.category = category;
        return this;
    }

    /** A wage and its per-day value as tenant-core computes it (null for piece rates). */
    public TestJob wage(long amountFen, WageUnit unit, @Nullable Long perDayFen) {
        this.wageAmountFen = amountFen;
        this.wageUnit = unit;
        this.wagePerDayFen = perDayFen;
        return this;
    }

    public TestJob at(double latitude, double longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
        return this;
    }

    public TestJob startsAt(Instant startsAt) {
        this.startsAt = startsAt;
        return this;
    }

    public TestJob term(Term term) {
        this.term = term;
        return this;
    }

    public TestJob slotsOpen(int slotsOpen) {
        this.slotsOpen = slotsOpen;
        return this;
    }

    public TestJob source(SourceChannel source) {
        this.source = source;
        return this;
    }

    public TestJob priorityGroups(String... groups) {
        this.priorityGroups = List.of(groups);
        return this;
    }

    public TestJob status(JobStatus status) {
        this.status = status;
        return this;
    }

    public TestJob validUntil(Instant validUntil) {
        this.validUntil = validUntil;
        return this;
    }

    public TestJob created(Instant createdAt) {
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        return this;
    }

    public TestJob updated(Instant updatedAt) {
        this.updatedAt = updatedAt;
        return this;
    }

    public TestJob version(long version) {
        this.version = version;
        return this;
    }

    public UUID jobId() {
        return jobId;
    }

    public JobDocument build() {
        return new JobDocument(jobId, title, description, category, wageAmountFen, wageUnit, wagePerDayFen,
                new Position(latitude, longitude), "宿迁市宿城区幸福中路", null, startsAt,
                startsAt.plus(Duration.ofHours(9)), term, slotsOpen + 1, slotsOpen, source, priorityGroups, status,
                validUntil, createdAt, updatedAt, version);
    }

    /** The job as an event of the outbox relay. */
    public Map<String, Object> event(long eventId) {
        return Map.of("eventId", eventId, "type", version == 1 ? "JobPosted" : "JobStatusChanged",
                "jobId", jobId, "version", version, "job", build());
    }
}
