package org.lingong.core.complaints;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.text.FreeText;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.calendar.WorkingCalendar;
import org.lingong.core.jobs.Jobs;
import org.lingong.core.people.EmployerVerification;
import org.lingong.core.people.Parties;
import org.lingong.core.people.WorkerVerification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint desk: filing, the workflow with its deadlines, and the clock that reminds before a deadline and
 * escalates after it. A step's deadline is fixed when the step begins, in working days of the city's calendar.
 */
@Service
class Complaints {

    /** The desk's queue is worked, not browsed: this many at most, most urgent first. */
    static final int PAGE = 200;
    private static final String COLUMNS = "id, number, subject_kind, subject_id, subject_name, category, text, channel, "
            + "anonymous, reporter, status, received_at, due_at, escalated_at";

    record Filing(SubjectKind subjectKind, UUID subjectId, String subjectName, ComplaintCategory category,
                  String text, boolean anonymous) {
    }

    /** Who files: their account (null on the hotline) and the channel it came by. */
    record Reporter(String account, Channel channel) {
    }

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final Jobs jobs;
    private final Parties parties;
    private final WorkerVerification workers;
    private final EmployerVerification employers;
    private final AuditLog audit;
    private final Clock clock;

    Complaints(JdbcClient jdbc, WorkingCalendar calendar, Jobs jobs, Parties parties, WorkerVerification workers,
               EmployerVerification employers, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.jobs = jobs;
        this.parties = parties;
        this.workers = workers;
        this.employers = employers;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    ComplaintSettings settings() {
        return jdbc.sql("select accept_within_days, decide_within_days, close_within_days, remind_before_hours "
                        + "from complaint_setting where id = 1")
                .query((rs, row) -> new ComplaintSettings(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .single();
    }

    @Transactional
    ComplaintSettings update(ComplaintSettings settings, String by) {
        jdbc.sql("update complaint_setting set accept_within_days = ?, decide_within_days = ?, close_within_days = ?, "
                        + "remind_before_hours = ?, updated_by = ?, updated_at = ? where id = 1")
                .params(settings.acceptWithinDays(), settings.decideWithinDays(), settings.closeWithinDays(),
                        settings.remindBeforeHours(), by, Timestamp.from(clock.instant()))
                .update();
        audit.record("complaint.settings-updated", "complaint_setting", settings.toString());
        return settings;
    }

    /** Files a complaint: its subject checked to exist in this city, its text masked, its first deadline set. */
    @Transactional
    ComplaintDetails file(Filing filing, Reporter reporter) {
        String subjectName = subjectName(filing);
        String text = FreeText.clean(filing.text());
        if (text == null) {
            throw new ProblemException(ProblemType.INVALID_REQUEST);
        }
        Instant now = clock.instant();
        Instant due = calendar.deadline(now, settings().daysFor(ComplaintStatus.RECEIVED));
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into complaint (id, subject_kind, subject_id, subject_name, category, text, channel, reporter, "
                        + "anonymous, status, received_at, due_at, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?, ?)")
                .params(id, filing.subjectKind().name(), filing.subjectId(), subjectName, filing.category().name(),
                        text, reporter.channel().name(), reporter.account(), filing.anonymous(), Timestamp.from(now),
                        Timestamp.from(due), Timestamp.from(now))
                .update();
        step(id, ComplaintStatus.RECEIVED, null, by(reporter, filing.anonymous()), now, due);
        audit.record("complaint.filed", id.toString(), "subject=" + filing.subjectKind() + " category="
                + filing.category() + " channel=" + reporter.channel() + " anonymous=" + filing.anonymous());
        return read(id, reporter.channel() == Channel.HOTLINE);
    }

    /** Staff take the complaint one step on; the next step's deadline starts now. */
    @Transactional
    ComplaintDetails move(UUID id, ComplaintStatus to, String note, String staff) {
        ComplaintStatus from = jdbc.sql("select status from complaint where id = ? for update").param(id)
                .query((rs, row) -> ComplaintStatus.valueOf(rs.getString(1))).optional()
                .orElseThrow(() -> new ProblemException(ProblemType.COMPLAINT_NOT_FOUND));
        if (!from.next().contains(to)) {
            throw new ProblemException(ProblemType.COMPLAINT_TRANSITION, from, to);
        }
        String cleaned = FreeText.clean(note);
        if (to.needsNote() && cleaned == null) {
            throw new ProblemException(ProblemType.COMPLAINT_NOTE_REQUIRED);
        }
        Instant now = clock.instant();
        int days = settings().daysFor(to);
        // Investigating continues the decision's period: it does not buy the desk more time.
        Instant due = to == ComplaintStatus.INVESTIGATING
                ? jdbc.sql("select due_at from complaint where id = ?").param(id).query(Timestamp.class).single()
                        .toInstant()
                : days == 0 ? null : calendar.deadline(now, days);
        jdbc.sql("update complaint set status = ?, due_at = ?, reminded_at = case when ? then reminded_at end, "
                        + "escalated_at = case when ? then escalated_at end, updated_at = ? where id = ?")
                .params(to.name(), due == null ? null : Timestamp.from(due), to == ComplaintStatus.INVESTIGATING,
                        to == ComplaintStatus.INVESTIGATING, Timestamp.from(now), id)
                .update();
        step(id, to, cleaned, staff, now, due);
        audit.record("complaint.stepped", id.toString(), from + "->" + to);
        return read(id, true);
    }

    /** The desk's queue: open complaints by deadline (or all, newest first), optionally one status only. */
    @Transactional
    List<ComplaintDetails> desk(Optional<ComplaintStatus> status, boolean openOnly) {
        Duration remindBefore = remindBefore();
        List<ComplaintDetails> found = jdbc.sql("select " + COLUMNS + " from complaint "
                        + "where (?::text is null or status = ?) and (not ? or due_at is not null) "
                        + "order by due_at nulls last, received_at desc limit " + PAGE)
                .params(status.map(Enum::name).orElse(null), status.map(Enum::name).orElse(null), openOnly)
                .query((rs, row) -> details(rs, true, List.of(), remindBefore))
                .list();
        audit.record("complaint.listed", "complaint", "count=" + found.size());
        return found;
    }

    /** One complaint with its steps, for staff; audited. */
    @Transactional
    ComplaintDetails readForStaff(UUID id) {
        audit.record("complaint.read", id.toString(), null);
        return read(id, true);
    }

    /** The reporter's own complaints, newest first, with their steps (staff names left out). */
    @Transactional(readOnly = true)
    List<ComplaintDetails> mine(String account) {
        Duration remindBefore = remindBefore();
        return jdbc.sql("select " + COLUMNS + " from complaint where reporter = ? order by received_at desc limit "
                        + PAGE)
                .param(account)
                .query((rs, row) -> details(rs, false, steps(rs.getObject(1, UUID.class), false), remindBefore))
                .list();
    }

    /** Marks the complaints whose deadline is near (reminded) or passed (escalated to the city admin), once each. */
    @Transactional
    int[] sweep(Instant now) {
        Duration before = remindBefore();
        List<UUID> reminded = jdbc.sql("update complaint set reminded_at = ? where due_at is not null "
                        + "and reminded_at is null and due_at > ? and due_at <= ? returning id")
                .params(Timestamp.from(now), Timestamp.from(now), Timestamp.from(now.plus(before)))
                .query(UUID.class).list();
        List<UUID> escalated = jdbc.sql("update complaint set escalated_at = ?, reminded_at = coalesce(reminded_at, ?) "
                        + "where due_at <= ? and escalated_at is null returning id")
                .params(Timestamp.from(now), Timestamp.from(now), Timestamp.from(now))
                .query(UUID.class).list();
        reminded.forEach(id -> audit.record("complaint.reminded", id.toString(), null));
        escalated.forEach(id -> audit.record("complaint.escalated", id.toString(), null));
        return new int[] {reminded.size(), escalated.size()};
    }

    private ComplaintDetails read(UUID id, boolean staff) {
        Duration remindBefore = remindBefore();
        return jdbc.sql("select " + COLUMNS + " from complaint where id = ?").param(id)
                .query((rs, row) -> details(rs, staff, steps(id, staff), remindBefore))
                .optional()
                .orElseThrow(() -> new ProblemException(ProblemType.COMPLAINT_NOT_FOUND));
    }

    /** Whether the account filed this complaint. */
    @Transactional(readOnly = true)
    boolean filedBy(UUID id, String account) {
        return jdbc.sql("select count(*) from complaint where id = ? and reporter = ?").params(id, account)
                .query(Long.class).single() > 0;
    }

    @Transactional(readOnly = true)
    ComplaintDetails readForReporter(UUID id) {
        return read(id, false);
    }

    private String subjectName(Filing filing) {
        return switch (filing.subjectKind()) {
            case JOB -> {
                UUID job = subject(filing);
                try {
                    yield jobs.find(job).title();
                } catch (ProblemException notFound) {
                    throw new ProblemException(ProblemType.COMPLAINT_SUBJECT_NOT_FOUND, "岗位 job " + job);
                }
            }
            case EMPLOYER -> parties.employer(subject(filing)).map(Parties.EmployerParty::legalName)
                    .orElseThrow(() -> new ProblemException(ProblemType.COMPLAINT_SUBJECT_NOT_FOUND,
                            "用工单位 employer " + filing.subjectId()));
            case AGENCY -> {
                String name = filing.subjectName() == null ? "" : filing.subjectName().strip();
                if (filing.subjectId() != null || name.isEmpty()) {
                    throw new ProblemException(ProblemType.COMPLAINT_SUBJECT_REQUIRED);
                }
                yield name;
            }
        };
    }

    private static UUID subject(Filing filing) {
        if (filing.subjectId() == null) {
            throw new ProblemException(ProblemType.COMPLAINT_SUBJECT_REQUIRED);
        }
        return filing.subjectId();
    }

    private static String by(Reporter reporter, boolean anonymous) {
        return reporter.channel() == Channel.HOTLINE ? reporter.account() : anonymous ? "anonymous" : "reporter";
    }

    private void step(UUID id, ComplaintStatus status, String note, String by, Instant at, Instant due) {
        jdbc.sql("insert into complaint_step (complaint_id, status, note, by_name, at, due_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, status.name(), note, by, Timestamp.from(at), due == null ? null : Timestamp.from(due))
                .update();
    }

    private List<ComplaintDetails.Step> steps(UUID id, boolean staff) {
        return jdbc.sql("select status, note, by_name, at, due_at from complaint_step where complaint_id = ? order by id")
                .param(id)
                .query((rs, row) -> new ComplaintDetails.Step(ComplaintStatus.valueOf(rs.getString(1)),
                        rs.getString(2), staff ? rs.getString(3) : null, rs.getTimestamp(4).toInstant(),
                        instant(rs.getTimestamp(5))))
                .list();
    }

    private ComplaintDetails details(ResultSet rs, boolean staff, List<ComplaintDetails.Step> steps,
                                     Duration remindBefore) throws SQLException {
        boolean anonymous = rs.getBoolean(9);
        String reporter = rs.getString(10);
        Channel channel = Channel.valueOf(rs.getString(8));
        Instant due = instant(rs.getTimestamp(13));
        ComplaintStatus status = ComplaintStatus.valueOf(rs.getString(11));
        return new ComplaintDetails(rs.getObject(1, UUID.class), rs.getLong(2), SubjectKind.valueOf(rs.getString(3)),
                rs.getObject(4, UUID.class), rs.getString(5), ComplaintCategory.valueOf(rs.getString(6)),
                rs.getString(7), channel, anonymous,
                anonymous || channel == Channel.HOTLINE || reporter == null ? null : reporterName(reporter, channel),
                status, status.next().stream().sorted().toList(), rs.getTimestamp(12).toInstant(), due,
                Urgency.of(due, clock.instant(), remindBefore),
                instant(rs.getTimestamp(14)), steps);
    }

    private Duration remindBefore() {
        return Duration.ofHours(settings().remindBeforeHours());
    }

    /** The named reporter as staff see them: a worker's masked name, an employer's company name. */
    private String reporterName(String account, Channel channel) {
        return channel == Channel.WORKER_PAGE
                ? workers.workerOf(account).flatMap(parties::worker).map(Parties.WorkerParty::maskedName)
                        .orElse(null)
                : employers.employerOf(account).flatMap(parties::employer).map(Parties.EmployerParty::legalName)
                        .orElse(null);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
