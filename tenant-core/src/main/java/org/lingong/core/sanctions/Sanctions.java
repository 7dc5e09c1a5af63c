package org.lingong.core.sanctions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lingong.common.i18n.China;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.text.FreeText;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.calendar.WorkingCalendar;
import org.lingong.core.jobs.Jobs;
import org.lingong.core.people.Parties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city's decisions against employers: deciding one carries it out at once (jobs down, recruiting banned); the
 * order to correct is checked after its deadline; a suspension or closure can be lifted early; the employer appeals
 * once within {@link #APPEAL_PERIOD}, and revoking the decision ends it. Jobs taken down stay down either way: the
 * employer posts again once it may.
 */
@Service
class Sanctions {

    /** 行政复议法 第二十条: an application within sixty days of learning of the decision. */
    static final Duration APPEAL_PERIOD = Duration.ofDays(60);
    static final int MAX_CORRECTION_DAYS = 60;
    /** The desk's list is worked, not browsed. */
    static final int PAGE = 200;
    private static final String COLUMNS = "s.id, s.number, s.employer_id, s.measure, s.grounds, s.decision, "
            + "s.decided_by, s.decided_at, s.ends_at, s.jobs_taken_down, s.outcome, s.outcome_note, s.outcome_by, "
            + "s.outcome_at, a.grounds, a.filed_at, a.result, a.result_note, a.decided_at";
    private static final String FROM = " from sanction s left join sanction_appeal a on a.sanction_id = s.id ";

    /** A decision as the city admin makes it; the term fits the measure (see {@code sanction-term}). */
    record Decision(UUID employerId, Measure measure, String grounds, String decision, Integer correctWithinDays,
                    LocalDate suspendedThrough) {
    }

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final Jobs jobs;
    private final Parties parties;
    private final AuditLog audit;
    private final Clock clock;

    Sanctions(JdbcClient jdbc, WorkingCalendar calendar, Jobs jobs, Parties parties, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.jobs = jobs;
        this.parties = parties;
        this.audit = audit;
        this.clock = clock;
    }

    /** Decides and carries out a measure against an employer of this city. */
    @Transactional
    SanctionDetails decide(Decision decision, String by) {
        if (parties.employer(decision.employerId()).isEmpty()) {
            throw new ProblemException(ProblemType.EMPLOYER_NOT_FOUND);
        }
        String grounds = FreeText.required(decision.grounds());
        String text = FreeText.required(decision.decision());
        Instant now = clock.instant();
        Instant endsAt = endOfTerm(decision, now);
        UUID id = UUID.randomUUID();
        long number = jdbc.sql("insert into sanction (id, employer_id, measure, grounds, decision, decided_by, "
                        + "decided_at, ends_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning number")
                .params(id, decision.employerId(), decision.measure().name(), grounds, text, by, Timestamp.from(now),
                        endsAt == null ? null : Timestamp.from(endsAt))
                .query(Long.class).single();
        if (decision.measure().takesJobsDown()) {
            // The reason each job's workers see.
            int down = jobs.takeDownLiveOf(decision.employerId(),
                    "处理决定 #" + number + "（" + decision.measure().label() + "）：" + grounds);
            jdbc.sql("update sanction set jobs_taken_down = ? where id = ?").params(down, id).update();
        }
        audit.record("sanction.decided", id.toString(), decision.measure() + " employer " + decision.employerId());
        return read(id, true);
    }

    /** Staff record whether an order to correct was obeyed; any time before its outcome, typically once it is due. */
    @Transactional
    SanctionDetails check(UUID id, boolean corrected, String note, String by) {
        end(id, Measure.ORDER_TO_CORRECT, null, corrected ? Outcome.CORRECTED : Outcome.NOT_CORRECTED, note, by);
        audit.record("sanction.checked", id.toString(), corrected ? "corrected" : "not corrected");
        return read(id, true);
    }

    /** The city admin ends a suspension or closure early. */
    @Transactional
    SanctionDetails lift(UUID id, String note, String by) {
        end(id, Measure.SUSPEND, Measure.CLOSE, Outcome.LIFTED, note, by);
        audit.record("sanction.lifted", id.toString(), null);
        return read(id, true);
    }

    /** The employer appeals its own sanction, once, within the period; the measure stays in force meanwhile. */
    @Transactional
    SanctionDetails appeal(UUID id, UUID employerId, String grounds, String by) {
        record Standing(Instant decidedAt, boolean appealed) {
        }
        Standing standing = jdbc.sql("select s.decided_at, a.sanction_id is not null from sanction s "
                        + "left join sanction_appeal a on a.sanction_id = s.id where s.id = ? and s.employer_id = ? "
                        + "for update of s")
                .params(id, employerId)
                .query((rs, row) -> new Standing(rs.getTimestamp(1).toInstant(), rs.getBoolean(2))).optional()
                .orElseThrow(() -> new ProblemException(ProblemType.SANCTION_NOT_FOUND));
        Instant now = clock.instant();
        if (standing.appealed() || !now.isBefore(standing.decidedAt().plus(APPEAL_PERIOD))) {
            throw new ProblemException(ProblemType.SANCTION_APPEAL_CLOSED, APPEAL_PERIOD.toDays());
        }
        jdbc.sql("insert into sanction_appeal (sanction_id, grounds, filed_by, filed_at) values (?, ?, ?, ?)")
                .params(id, FreeText.required(grounds), by, Timestamp.from(now)).update();
        audit.record("sanction.appealed", id.toString(), null);
        return read(id, false);
    }

    /** The city admin decides the appeal: upheld, or revoked, which ends the measure whatever stood before. */
    @Transactional
    SanctionDetails decideAppeal(UUID id, boolean revoke, String note, String by) {
        requireExists(id);
        Instant now = clock.instant();
        String reason = FreeText.required(note);
        int decided = jdbc.sql("update sanction_appeal set result = ?, result_note = ?, decided_by = ?, decided_at = ? "
                        + "where sanction_id = ? and result is null")
                .params(revoke ? "REVOKED" : "UPHELD", reason, by, Timestamp.from(now), id).update();
        if (decided == 0) {
            throw new ProblemException(ProblemType.SANCTION_NO_APPEAL);
        }
        if (revoke) {
            jdbc.sql("update sanction set outcome = 'REVOKED', outcome_note = ?, outcome_by = ?, outcome_at = ? "
                            + "where id = ?")
                    .params(reason, by, Timestamp.from(now), id).update();
        }
        audit.record("sanction.appeal-decided", id.toString(), revoke ? "revoked" : "upheld");
        return read(id, true);
    }

    /** The desk's list, newest first: one employer's or all, optionally only those in force or due a check. */
    @Transactional
    List<SanctionDetails> list(Optional<UUID> employerId, boolean current) {
        Instant now = clock.instant();
        Map<UUID, String> names = new HashMap<>();
        List<SanctionDetails> found = jdbc.sql("select " + COLUMNS + FROM
                        + "where (?::uuid is null or s.employer_id = ?) and (not ? or " + SanctionState.RUNNING_SQL
                        + ") order by s.decided_at desc limit " + PAGE)
                .params(employerId.orElse(null), employerId.orElse(null), current, Timestamp.from(now))
                .query((rs, row) -> details(rs, true, now, names))
                .list();
        audit.record("sanction.listed", "sanction", "count=" + found.size());
        return found;
    }

    /** The employer's own sanctions, newest first, without staff names. */
    @Transactional(readOnly = true)
    List<SanctionDetails> ofEmployer(UUID employerId) {
        Instant now = clock.instant();
        Map<UUID, String> names = new HashMap<>();
        return jdbc.sql("select " + COLUMNS + FROM + "where s.employer_id = ? order by s.decided_at desc limit " + PAGE)
                .param(employerId).query((rs, row) -> details(rs, false, now, names)).list();
    }

    @Transactional
    SanctionDetails readForStaff(UUID id) {
        SanctionDetails found = read(id, true);
        audit.record("sanction.read", id.toString(), null);
        return found;
    }

    /** The correction's deadline in working days, or the day after the suspension's last; refused if it does not fit. */
    private Instant endOfTerm(Decision decision, Instant now) {
        Integer days = decision.correctWithinDays();
        LocalDate through = decision.suspendedThrough();
        LocalDate today = LocalDate.ofInstant(now, China.ZONE);
        boolean fits = switch (decision.measure()) {
            case ORDER_TO_CORRECT -> through == null && days != null && days >= 1 && days <= MAX_CORRECTION_DAYS;
            case SUSPEND -> days == null && through != null && through.isAfter(today)
                    && !through.isAfter(today.plusYears(1));
            case TAKE_DOWN_JOBS, CLOSE -> days == null && through == null;
        };
        if (!fits) {
            throw new ProblemException(ProblemType.SANCTION_TERM);
        }
        return switch (decision.measure()) {
            case ORDER_TO_CORRECT -> calendar.deadline(now, days);
            case SUSPEND -> through.plusDays(1).atStartOfDay(China.ZONE).toInstant();
            case TAKE_DOWN_JOBS, CLOSE -> null;
        };
    }

    /** Records how a sanction of one of these measures ended, while it had not ended otherwise. */
    private void end(UUID id, Measure measure, Measure orMeasure, Outcome outcome, String note, String by) {
        Timestamp now = Timestamp.from(clock.instant());
        int ended = jdbc.sql("update sanction s set outcome = ?, outcome_note = ?, outcome_by = ?, outcome_at = ? "
                        + "where s.id = ? and s.measure in (?, ?) and " + SanctionState.RUNNING_SQL)
                .params(outcome.name(), FreeText.required(note), by, now, id, measure.name(),
                        (orMeasure == null ? measure : orMeasure).name(), now)
                .update();
        if (ended == 0) {
            // Nothing moved: say whether there is no such sanction or it is not one that can end this way now.
            requireExists(id);
            throw new ProblemException(ProblemType.SANCTION_NOT_IN_FORCE);
        }
    }

    private void requireExists(UUID id) {
        if (jdbc.sql("select count(*) from sanction where id = ?").param(id).query(Long.class).single() == 0) {
            throw new ProblemException(ProblemType.SANCTION_NOT_FOUND);
        }
    }

    private SanctionDetails read(UUID id, boolean staff) {
        Instant now = clock.instant();
        return jdbc.sql("select " + COLUMNS + FROM + "where s.id = ?").param(id)
                .query((rs, row) -> details(rs, staff, now, new HashMap<>())).optional()
                .orElseThrow(() -> new ProblemException(ProblemType.SANCTION_NOT_FOUND));
    }

    private SanctionDetails details(ResultSet rs, boolean staff, Instant now, Map<UUID, String> names)
            throws SQLException {
        UUID employerId = rs.getObject(3, UUID.class);
        Measure measure = Measure.valueOf(rs.getString(4));
        Instant decidedAt = rs.getTimestamp(8).toInstant();
        Instant endsAt = instant(rs.getTimestamp(9));
        Outcome outcome = rs.getString(11) == null ? null : Outcome.valueOf(rs.getString(11));
        SanctionDetails.Appeal appeal = rs.getString(15) == null ? null
                : new SanctionDetails.Appeal(rs.getString(15), rs.getTimestamp(16).toInstant(),
                        rs.getString(17) == null ? null : SanctionDetails.AppealResult.valueOf(rs.getString(17)),
                        rs.getString(18), instant(rs.getTimestamp(19)));
        String employerName = names.computeIfAbsent(employerId,
                employer -> parties.employer(employer).map(Parties.EmployerParty::legalName).orElse(null));
        return new SanctionDetails(rs.getObject(1, UUID.class), rs.getLong(2), employerId, employerName, measure,
                rs.getString(5), rs.getString(6), staff ? rs.getString(7) : null, decidedAt, endsAt, rs.getInt(10),
                SanctionState.of(measure, endsAt, outcome, now), outcome, rs.getString(12),
                staff ? rs.getString(13) : null, instant(rs.getTimestamp(14)), decidedAt.plus(APPEAL_PERIOD), appeal);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
