package org.lingong.core.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.people.EmployerVerification;
import org.lingong.core.tenancy.CurrentTenant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posting jobs and moving them through their life. Every change is saved together with its outbox event and its
 * audit line, in one transaction of the current city.
 */
@Service
public class Jobs {

    /** Drafts nobody published are cleaned up after this long. */
    static final Duration DRAFT_RETENTION = Duration.ofDays(30);

    private final JobRepository jobs;
    private final JobCategories categories;
    private final OpenMarkets markets;
    private final PostingScreen screen;
    private final EmployerVerification employers;
    private final OutboxEventRepository outbox;
    private final AuditLog audit;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Jobs(JobRepository jobs, JobCategories categories, OpenMarkets markets, PostingScreen screen,
         EmployerVerification employers, OutboxEventRepository outbox, AuditLog audit, JsonMapper json,
         ApplicationEventPublisher events, Clock clock) {
        this.jobs = jobs;
        this.categories = categories;
        this.markets = markets;
        this.screen = screen;
        this.employers = employers;
        this.outbox = outbox;
        this.audit = audit;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /** Posts on behalf of a department, agency or feed (staff) — no employer profile. */
    @Transactional
    public JobDetails post(JobPosting posting, String postedBy) {
        return post(posting, null, Poster.STAFF, postedBy);
    }

    /**
     * Posts a job of an employer: its own ({@link Poster#EMPLOYER}), or staff's on its behalf ({@link Poster#STAFF},
     * 代发布, audited as such); or, without {@code employerId}, staff's for a source. The caller has checked that the
     * employer may post or publish; a sanction banning it from recruiting refuses publishing here, by any route.
     */
    @Transactional
    public JobDetails post(JobPosting posting, UUID employerId, Poster poster, String postedBy) {
        return write(posting, admit(posting, employerId), employerId, poster, postedBy);
    }

    /**
     * Posts for a source inside the caller's transaction, one posting of many (a chunk of the bulk import). Every
     * refusal comes before anything is written, so a refused posting leaves the transaction good for the next one.
     */
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = ProblemException.class)
    public JobDetails postOneOfMany(JobPosting posting, String postedBy) {
        ScreeningVerdict verdict = admit(posting, null);
        try {
            return write(posting, verdict, null, Poster.STAFF, postedBy);
        } catch (ProblemException afterWriting) {
            // Past this point a refusal would leave half a posting behind: the caller's transaction must not commit.
            throw new IllegalStateException("refused after writing", afterWriting);
        }
    }

    /** Every refusal of a posting, before anything is written; the screening's verdict when it may go on. */
    private ScreeningVerdict admit(JobPosting posting, UUID employerId) {
        requirePlaceAndCategory(posting);
        if (employerId != null && !posting.isDraft()) {
            employers.requireMayRecruit(employerId);
        }
        JobPosting.Source source = posting.source();
        // A feed reference is unique per source; without one, only the bulk import looks for look-alike jobs.
        if (source.externalRef() != null && isDuplicate(posting)) {
            throw new ProblemException(ProblemType.DUPLICATE_JOB, source.name(), source.externalRef());
        }
        Instant now = clock.instant();
        if (!posting.isDraft() && !posting.validUntilOrDefault(now).isAfter(now)) {
            throw new ProblemException(ProblemType.JOB_ALREADY_EXPIRED);
        }
        // A draft is screened when it is published: until then nobody sees it.
        ScreeningVerdict verdict = posting.isDraft() ? ScreeningVerdict.PASS
                : screen.screen(posting.title(), posting.description(), posting.requirements());
        verdict.refuseIfBlocked();
        return verdict;
    }

    private JobDetails write(JobPosting posting, ScreeningVerdict verdict, UUID employerId, Poster poster,
                             String postedBy) {
        JobPosting.Source source = posting.source();
        Instant now = clock.instant();
        Job job = new Job(posting, employerId, poster, postedBy, now);
        if (verdict.holds()) {
            job.moveTo(JobStatus.HELD, null, now);
        }
        job = jobs.saveAndFlush(job);
        announce(job, JobChanges.POSTED);
        audit.record("job.posted", job.id().toString(), posting.title() + " / " + source.channel());
        if (employerId != null && poster == Poster.STAFF) {
            audit.record("job.posted-on-behalf", job.id().toString(), "employer " + employerId);
        }
        hold(job, verdict);
        return job.details().screened(verdict);
    }

    /**
     * The job this posting repeats, if any: the same reference from the same source, or — without a reference — the
     * same title from the same source starting at the same time and place, while that job is still live.
     */
    @Transactional(readOnly = true)
    public boolean isDuplicate(JobPosting posting) {
        JobPosting.Source source = posting.source();
        if (source.externalRef() != null) {
            return jobs.existsBySourceNameAndExternalRef(source.name(), source.externalRef());
        }
        return jobs.countLive(posting.title().strip(), source.name(), posting.startsAt(),
                posting.location().latitude(), posting.location().longitude()) > 0;
    }

    /** One of the employer's own jobs, in any state; another's is not found. */
    @Transactional(readOnly = true)
    public JobDetails findOwn(UUID id, UUID employerId) {
        return ownedBy(id, employerId).details();
    }

    /**
     * The employer rewrites its own draft (also one staff saved for it); it stays a draft. Not announced: nothing
     * outside follows drafts, and publishing announces the job as it then is.
     */
    @Transactional
    public JobDetails revise(UUID id, UUID employerId, JobPosting posting) {
        requirePlaceAndCategory(posting);
        Job job = draftOf(id, employerId);
        job.revise(posting, clock.instant());
        jobs.saveAndFlush(job);
        audit.record("job.revised", id.toString(), posting.title());
        return job.details();
    }

    /** The employer publishes its own draft, while the job is still valid; the caller checked it is verified. */
    @Transactional
    public JobDetails publishOwn(UUID id, UUID employerId) {
        if (!draftOf(id, employerId).validUntil().isAfter(clock.instant())) {
            throw new ProblemException(ProblemType.JOB_ALREADY_EXPIRED);
        }
        return move(id, JobTransition.PUBLISH, null);
    }

    /** The employer throws its own draft away, as the clean-up does with old ones: a draft was never public. */
    @Transactional
    public void discard(UUID id, UUID employerId) {
        Job job = draftOf(id, employerId);
        jobs.delete(job);
        audit.record("job.discarded", id.toString(), null);
    }

    @Transactional(readOnly = true)
    public JobDetails find(UUID id) {
        return load(id).details();
    }

    /** Moves a job; publishing screens it first (refused when blocked, kept back as HELD when held for review). */
    @Transactional
    public JobDetails move(UUID id, JobTransition transition, String reason) {
        Job job = load(id);
        if (!transition.allowedFrom().contains(job.status())) {
            throw new ProblemException(ProblemType.JOB_TRANSITION, job.status(), transition.target());
        }
        if (transition.needsReason() && (reason == null || reason.isBlank())) {
            throw new ProblemException(ProblemType.JOB_REASON_REQUIRED);
        }
        if (transition.target() == JobStatus.OPEN && job.employerId() != null) {
            employers.requireMayRecruit(job.employerId());
        }
        ScreeningVerdict verdict = transition == JobTransition.PUBLISH ? job.screenedBy(screen) : ScreeningVerdict.PASS;
        verdict.refuseIfBlocked();
        move(job, verdict.holds() ? JobStatus.HELD : transition.target(), reason, clock.instant());
        audit.record("job." + transition.name().toLowerCase(), id.toString(), reason);
        hold(job, verdict);
        return job.details().screened(verdict);
    }

    /**
     * Takes down every job of the employer that workers could see or grab (open, filled, held for review), with the
     * reason they are shown; drafts stay, as nobody sees them. Returns how many came down.
     */
    @Transactional
    public int takeDownLiveOf(UUID employerId, String reason) {
        Instant now = clock.instant();
        List<Job> live = jobs.findByEmployerIdAndStatusIn(employerId,
                Set.of(JobStatus.OPEN, JobStatus.FILLED, JobStatus.HELD));
        for (Job job : live) {
            move(job, JobStatus.TAKEN_DOWN, reason, now);
            audit.record("job.take_down", job.id().toString(), reason);
        }
        return live.size();
    }

    /** A job screening kept back goes to the review queue, audited with its reasons. */
    private void hold(Job job, ScreeningVerdict verdict) {
        if (verdict.holds()) {
            screen.held(job.id(), job.title(), verdict);
            audit.record("job.held", job.id().toString(), verdict.hits().stream().map(ScreeningVerdict.Hit::rule)
                    .distinct().reduce((a, b) -> a + ", " + b).orElse(""));
        }
    }

    /**
     * Takes a slot of an open job inside the caller's transaction (grab, dispatch); a job whose last slot goes moves
     * to FILLED with its outbox event. False when the job is full, not open or past its validity.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean takeSlot(UUID id) {
        Instant now = clock.instant();
        if (jobs.takeSlot(id, now) == 0) {
            return false;
        }
        Job job = load(id);
        if (job.isFull()) {
            move(job, JobStatus.FILLED, null, now);
        }
        return true;
    }

    /**
     * Gives a slot back inside the caller's transaction (cancellation, no-show): a FILLED job opens again, or expires
     * if its validity has passed meanwhile, announced through the outbox.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void releaseSlot(UUID id) {
        Instant now = clock.instant();
        if (jobs.releaseSlot(id, now) == 0) {
            return;
        }
        Job job = load(id);
        if (job.status() == JobStatus.FILLED) {
            move(job, job.validUntil().isAfter(now) ? JobStatus.OPEN : JobStatus.EXPIRED, null, now);
        }
    }

    /** Expires open jobs past their validity and removes stale drafts in the current city; returns how many expired. */
    @Transactional
    public int expireAndCleanUp() {
        Instant now = clock.instant();
        List<Job> due = jobs.findOpenPast(now);
        for (Job job : due) {
            move(job, JobStatus.EXPIRED, null, now);
        }
        jobs.deleteByStatusAndUpdatedAtBefore(JobStatus.DRAFT, now.minus(DRAFT_RETENTION));
        return due.size();
    }

    /** The jobs search shows (open or filled), by id after {@code after}: one page of a re-index. */
    @Transactional(readOnly = true)
    public List<JobDetails> searchable(UUID after, int size) {
        return jobs.findByStatusAfterId(Set.of(JobStatus.OPEN, JobStatus.FILLED), after, PageRequest.of(0, size))
                .stream().map(Job::details).toList();
    }

    private void requirePlaceAndCategory(JobPosting posting) {
        categories.requireActive(posting.category());
        if (posting.marketId() != null) {
            markets.requireOpenMarket(posting.marketId());
        }
    }

    /** The employer's own draft: another's job is not found (its existence is not told), a published one is 409. */
    private Job draftOf(UUID id, UUID employerId) {
        Job job = ownedBy(id, employerId);
        if (job.status() != JobStatus.DRAFT) {
            throw new ProblemException(ProblemType.JOB_NOT_DRAFT, job.status());
        }
        return job;
    }

    private Job ownedBy(UUID id, UUID employerId) {
        return jobs.findById(id).filter(found -> employerId.equals(found.employerId()))
                .orElseThrow(() -> new ProblemException(ProblemType.JOB_NOT_FOUND));
    }

    private Job load(UUID id) {
        return jobs.findById(id).orElseThrow(() -> new ProblemException(ProblemType.JOB_NOT_FOUND));
    }

    /** Writes the change to the outbox and tells the other features, who act once it has committed. */
    /** Every change of a stored job's status: saved at once and announced to the outbox. */
    private void move(Job job, JobStatus to, String reason, Instant now) {
        job.moveTo(to, reason, now);
        jobs.saveAndFlush(job);
        announce(job, JobChanges.STATUS_CHANGED);
    }

    private void announce(Job job, String type) {
        outbox.save(new OutboxEvent(job.id(), job.version(), type, json.writeValueAsString(job.details())));
        events.publishEvent(new JobChanged(CurrentTenant.require(), job.id(), JobChanges.opens(type, job.status())));
    }

    /** The moves a person can make; expiry is the platform's own. */
    public enum JobTransition {
        PUBLISH(Set.of(JobStatus.DRAFT), JobStatus.OPEN, false),
        CLOSE(Set.of(JobStatus.OPEN, JobStatus.FILLED), JobStatus.CLOSED, false),
        TAKE_DOWN(Set.of(JobStatus.DRAFT, JobStatus.OPEN, JobStatus.FILLED, JobStatus.HELD), JobStatus.TAKEN_DOWN,
                true),
        /** A reviewer approves a posting screening held: published as it is, not screened again. */
        RELEASE(Set.of(JobStatus.HELD), JobStatus.OPEN, false);

        private final Set<JobStatus> allowedFrom;
        private final JobStatus target;
        private final boolean needsReason;

        JobTransition(Set<JobStatus> allowedFrom, JobStatus target, boolean needsReason) {
            this.allowedFrom = allowedFrom;
            this.target = target;
            this.needsReason = needsReason;
        }

        Set<JobStatus> allowedFrom() {
            return allowedFrom;
        }

        JobStatus target() {
            return target;
        }

        boolean needsReason() {
            return needsReason;
        }
    }
}
