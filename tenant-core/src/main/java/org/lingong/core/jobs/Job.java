package org.lingong.core.jobs;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.lingong.core.people.PriorityGroup;
import org.hibernate.type.SqlTypes;

/** A gig posted in one city; lives in the city's schema. */
@Entity
@Table(name = "job")
class Job {

    @Id
    private UUID id;
    private String title;
    private String category;
    private String description;
    private long wageAmountFen;
    @Enumerated(EnumType.STRING)
    private WageUnit wageUnit;
    private Long wagePerDayFen;
    private int slots;
    private int filled;
    private double latitude;
    private double longitude;
    private String address;
    private Long marketId;
    private Instant startsAt;
    private Instant endsAt;
    private String term;
    private String requirements;
    private String contactPolicy;
    @Enumerated(EnumType.STRING)
    private SourceChannel sourceChannel;
    private String sourceName;
    private String externalRef;
    private UUID employerId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> priorityGroups;
    @Enumerated(EnumType.STRING)
    private JobStatus status;
    private Instant validUntil;
    private String statusReason;
    /** Posted by staff for the employer (代发布) rather than by the employer itself. */
    private boolean onBehalf;
    private String postedBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Job() {
    }

    Job(JobPosting posting, UUID employerId, Poster poster, String postedBy, Instant now) {
        this.id = UUID.randomUUID();
        revise(posting, now);
        this.sourceChannel = posting.source().channel();
        this.sourceName = posting.source().name();
        this.externalRef = posting.source().externalRef();
        this.employerId = employerId;
        this.status = posting.isDraft() ? JobStatus.DRAFT : JobStatus.OPEN;
        this.onBehalf = employerId != null && poster == Poster.STAFF;
        this.postedBy = postedBy;
        this.createdAt = now;
    }

    /** What the posting says; a draft's revision replaces it, whose it is and where it came from stay. */
    void revise(JobPosting posting, Instant now) {
        this.title = posting.title().strip();
        this.category = posting.category();
        this.description = posting.description();
        this.wageAmountFen = posting.wage().amountFen();
        this.wageUnit = posting.wage().unit();
        this.wagePerDayFen = wageUnit.perDayFen(wageAmountFen);
        this.slots = posting.slots();
        this.latitude = posting.location().latitude();
        this.longitude = posting.location().longitude();
        this.address = posting.address();
        this.marketId = posting.marketId();
        this.startsAt = posting.startsAt();
        this.endsAt = posting.endsAt();
        this.term = posting.term().name();
        this.requirements = posting.requirements();
        this.contactPolicy = posting.contactPolicy().name();
        this.priorityGroups = posting.priorityGroups() == null ? List.of()
                : posting.priorityGroups().stream().map(PriorityGroup::name).toList();
        this.validUntil = posting.validUntilOrDefault(now);
        this.updatedAt = now;
    }

    void moveTo(JobStatus next, String reason, Instant now) {
        this.status = next;
        this.statusReason = reason;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public JobStatus status() {
        return status;
    }

    public SourceChannel sourceChannel() {
        return sourceChannel;
    }

    public long version() {
        return version;
    }

    Poster poster() {
        return employerId != null && !onBehalf ? Poster.EMPLOYER : Poster.STAFF;
    }

    boolean isFull() {
        return filled >= slots;
    }

    /** All the text a poster wrote, as screening reads it. */
    ScreeningVerdict screenedBy(PostingScreen screen) {
        return screen.screen(title, description, requirements);
    }

    String title() {
        return title;
    }

    Instant validUntil() {
        return validUntil;
    }

    UUID employerId() {
        return employerId;
    }

    JobDetails details() {
        return new JobDetails(id, title, category, description, new JobPosting.Wage(wageAmountFen, wageUnit), slots,
                filled, new JobPosting.Location(latitude, longitude), address, marketId, startsAt, endsAt,
                JobPosting.Term.valueOf(term), requirements, JobPosting.ContactPolicy.valueOf(contactPolicy),
                new JobPosting.Source(sourceChannel, sourceName, externalRef), employerId, poster(),
                priorityGroups.stream().map(PriorityGroup::valueOf).toList(), status, validUntil,
                statusReason, createdAt, updatedAt, version, null);
    }
}
