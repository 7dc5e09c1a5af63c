package org.lingong.core.disputes;

import java.sql.Date;
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
import org.lingong.core.complaints.ComplaintReferences;
import org.lingong.core.contracts.ContractEvidence;
import org.lingong.core.jobs.JobDetails;
import org.lingong.core.jobs.JobPosting;
import org.lingong.core.jobs.Jobs;
import org.lingong.core.orders.OrderDetails;
import org.lingong.core.orders.OrderLifecycle;
import org.lingong.core.people.Parties;
import org.lingong.core.settlement.PaymentEvidence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city's dispute cases, each step guarded by where the case stands: mediation (sessions, then an agreement or its
 * failure), then arbitration until its result. Everything people write is kept with phone and ID numbers starred.
 */
@Service
class Disputes {

    /** The desk's list is worked, not browsed. */
    static final int PAGE = 200;
    private static final String COLUMNS = "d.id, d.number, d.source, d.complaint_number, d.order_id, d.worker_id, "
            + "d.employer_id, d.claim_fen, d.claim, d.status, d.opened_at, d.mediation_due_at, d.agreement_terms, "
            + "d.agreement_fen, d.agreement_pay_by, d.agreed_at, d.signed_at, d.failure_reason, d.failed_at, "
            + "d.commission, d.arbitration_case_number, d.filed_on, d.filed_at, d.arbitration_result, d.award_fen, "
            + "d.result_note, d.closed_at, m.id as mediator_id, m.name as mediator_name, m.organisation, m.active";
    private static final String FROM = " from dispute d join mediator m on m.id = d.mediator_id ";

    /** A case as staff open it. */
    record Opening(UUID orderId, DisputeSource source, Long complaintNumber, UUID mediatorId, long claimFen,
                   String claim) {
    }

    private final JdbcClient jdbc;
    private final OrderLifecycle orders;
    private final Jobs jobs;
    private final Parties parties;
    private final ContractEvidence contracts;
    private final PaymentEvidence payments;
    private final ComplaintReferences complaints;
    private final AuditLog audit;
    private final Clock clock;

    Disputes(JdbcClient jdbc, OrderLifecycle orders, Jobs jobs, Parties parties, ContractEvidence contracts,
             PaymentEvidence payments, ComplaintReferences complaints, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.jobs = jobs;
        this.parties = parties;
        this.contracts = contracts;
        this.payments = payments;
        this.complaints = complaints;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens a case about an order of this city, in mediation from now for the city's period. */
    @Transactional
    DisputeDetails open(Opening opening, String by) {
        OrderDetails order = orders.find(opening.orderId());
        boolean cited = switch (opening.source()) {
            case STAFF -> opening.complaintNumber() == null;
            case COMPLAINT -> opening.complaintNumber() != null && complaints.exists(opening.complaintNumber());
            case ARREARS -> opening.complaintNumber() == null
                    && !payments.ofOrder(order.id()).arrears().isEmpty();
        };
        if (!cited) {
            throw new ProblemException(ProblemType.DISPUTE_SOURCE_NOT_FOUND);
        }
        if (jdbc.sql("select count(*) from mediator where id = ? and active").param(opening.mediatorId())
                .query(Long.class).single() == 0) {
            throw new ProblemException(ProblemType.MEDIATOR_NOT_FOUND).withFieldError("mediatorId");
        }
        if (jdbc.sql("select count(*) from dispute where order_id = ? and status not in ('AGREED', 'CLOSED')")
                .param(order.id()).query(Long.class).single() > 0) {
            throw new ProblemException(ProblemType.DISPUTE_EXISTS);
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into dispute (id, source, complaint_number, order_id, worker_id, employer_id, claim_fen,
                            claim, mediator_id, status, opened_by, opened_at, mediation_due_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'MEDIATING', ?, ?, ?)""")
                .params(id, opening.source().name(), opening.complaintNumber(), order.id(), order.workerId(),
                        order.employerId(), opening.claimFen(), FreeText.required(opening.claim()),
                        opening.mediatorId(), by,
                        Timestamp.from(now), Timestamp.from(now.plus(Duration.ofDays(settings().mediationDays()))))
                .update();
        audit.record("dispute.opened", id.toString(), opening.source() + " order " + order.id());
        return read(id);
    }

    /** A mediation session held, with where and what was said. */
    @Transactional
    DisputeDetails session(UUID id, Instant heldAt, String place, String notes, String by) {
        Instant now = clock.instant();
        if (heldAt.isAfter(now)) {
            throw new ProblemException(ProblemType.INVALID_REQUEST).withFieldError("heldAt");
        }
        requireStatus(id, DisputeStatus.MEDIATING);
        jdbc.sql("insert into dispute_session (id, dispute_id, held_at, place, notes, recorded_by, recorded_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), id, Timestamp.from(heldAt), FreeText.required(place),
                        FreeText.required(notes), by,
                        Timestamp.from(now))
                .update();
        audit.record("dispute.session", id.toString(), null);
        return read(id);
    }

    /** Mediation succeeded: the terms both sides accepted, the amount and the day it is paid by. */
    @Transactional
    DisputeDetails agree(UUID id, String terms, long amountFen, LocalDate payBy, String by) {
        if (payBy.isBefore(LocalDate.now(clock.withZone(China.ZONE)))) {
            throw new ProblemException(ProblemType.INVALID_REQUEST).withFieldError("payBy");
        }
        move(id, DisputeStatus.MEDIATING, DisputeStatus.AGREED,
                "agreement_terms = ?, agreement_fen = ?, agreement_pay_by = ?, agreed_at = ?",
                FreeText.required(terms), amountFen, Date.valueOf(payBy), Timestamp.from(clock.instant()));
        audit.record("dispute.agreed", id.toString(), "amount " + amountFen + " by " + by);
        return read(id);
    }

    /** Both parties signed the printed agreement before the mediator. */
    @Transactional
    DisputeDetails signed(UUID id, String by) {
        int moved = jdbc.sql("update dispute set signed_at = ? where id = ? and status = 'AGREED' and signed_at is null")
                .params(Timestamp.from(clock.instant()), id).update();
        if (moved == 0) {
            requireExists(id);
            throw new ProblemException(ProblemType.DISPUTE_TRANSITION);
        }
        audit.record("dispute.signed", id.toString(), "recorded by " + by);
        return read(id);
    }

    /** Mediation failed (or its period ran out): the case may go to arbitration. */
    @Transactional
    DisputeDetails fail(UUID id, String reason, String by) {
        move(id, DisputeStatus.MEDIATING, DisputeStatus.MEDIATION_FAILED, "failure_reason = ?, failed_at = ?",
                FreeText.required(reason), Timestamp.from(clock.instant()));
        audit.record("dispute.mediation-failed", id.toString(), by);
        return read(id);
    }

    /** The case went to the labour arbitration commission, which gave it a case number. */
    @Transactional
    DisputeDetails file(UUID id, String commission, String caseNumber, LocalDate filedOn, String by) {
        if (filedOn.isAfter(LocalDate.now(clock.withZone(China.ZONE)))) {
            throw new ProblemException(ProblemType.INVALID_REQUEST).withFieldError("filedOn");
        }
        move(id, DisputeStatus.MEDIATION_FAILED, DisputeStatus.IN_ARBITRATION,
                "commission = ?, arbitration_case_number = ?, filed_on = ?, filed_at = ?", FreeText.required(commission),
                FreeText.required(caseNumber), Date.valueOf(filedOn), Timestamp.from(clock.instant()));
        audit.record("dispute.filed", id.toString(), by);
        return read(id);
    }

    /** The commission closed the case; an award names its amount. */
    @Transactional
    DisputeDetails close(UUID id, ArbitrationResult result, Long awardFen, String note, String by) {
        if ((result == ArbitrationResult.AWARD) != (awardFen != null)) {
            throw new ProblemException(ProblemType.INVALID_REQUEST).withFieldError("awardFen");
        }
        move(id, DisputeStatus.IN_ARBITRATION, DisputeStatus.CLOSED,
                "arbitration_result = ?, award_fen = ?, result_note = ?, closed_at = ?", result.name(), awardFen,
                FreeText.required(note), Timestamp.from(clock.instant()));
        audit.record("dispute.closed", id.toString(), result + " by " + by);
        return read(id);
    }

    /** The desk's list, newest first, optionally in one status; without sessions and evidence. */
    @Transactional
    List<DisputeDetails> list(Optional<DisputeStatus> status) {
        Instant now = clock.instant();
        Map<UUID, String> names = new HashMap<>();
        List<DisputeDetails> found = jdbc.sql("select " + COLUMNS + FROM + "where (?::text is null or d.status = ?) "
                        + "order by d.opened_at desc limit " + PAGE)
                .params(status.map(Enum::name).orElse(null), status.map(Enum::name).orElse(null))
                .query((rs, row) -> details(rs, now, names, null)).list();
        audit.record("dispute.listed", "dispute", "count=" + found.size());
        return found;
    }

    /** One case with its sessions and its evidence as it stands now; the read is audited. */
    @Transactional
    DisputeDetails readForStaff(UUID id) {
        DisputeDetails found = read(id);
        audit.record("dispute.read", id.toString(), null);
        return found.withEvidence(evidence(found));
    }

    /** The order's own record: the job, times, wage, its steps, the contract and its chain proof, payments, arrears. */
    private DisputeDetails.Evidence evidence(DisputeDetails dispute) {
        OrderDetails order = orders.find(dispute.orderId());
        JobDetails job = jobs.find(order.jobId());
        PaymentEvidence.OfOrder money = payments.ofOrder(order.id());
        return new DisputeDetails.Evidence(job.title(), job.address(),
                job.wage() == null ? null : job.wage().amountFen(), job.wage() == null ? null : job.wage().unit().name(),
                order.startsAt(), order.endsAt(), order.status().name(), orders.steps(order.id()),
                contracts.ofOrder(order.id()).orElse(null), money.payments(), money.arrears());
    }

    @Transactional(readOnly = true)
    DisputeSettings settings() {
        return jdbc.sql("select mediation_days, mediation_target_percent, arbitration_target_percent "
                        + "from dispute_setting")
                .query((rs, row) -> new DisputeSettings(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
    }

    @Transactional
    DisputeSettings changeSettings(DisputeSettings settings, String by) {
        jdbc.sql("update dispute_setting set mediation_days = ?, mediation_target_percent = ?, "
                        + "arbitration_target_percent = ?, updated_by = ?, updated_at = ?")
                .params(settings.mediationDays(), settings.mediationTargetPercent(),
                        settings.arbitrationTargetPercent(), by, Timestamp.from(clock.instant()))
                .update();
        audit.record("dispute.settings", "dispute_setting", settings.toString());
        return settings();
    }

    /**
     * The period's figures (docs/supervision.md): mediations ended in it and how many agreed, with their average
     * length; cases filed for arbitration in it and how many of those closed by its end, with their average length.
     */
    @Transactional(readOnly = true)
    DisputeKpis kpis(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusYears(5).isBefore(to)) {
            throw new ProblemException(ProblemType.INVALID_REQUEST).withFieldError("to");
        }
        Timestamp start = Timestamp.from(from.atStartOfDay(China.ZONE).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(China.ZONE).toInstant());
        DisputeSettings targets = settings();
        record Mediation(long ended, long agreed, Double days) {
        }
        Mediation mediation = jdbc.sql("""
                        select count(*), count(agreed_at),
                               avg(extract(epoch from coalesce(agreed_at, failed_at) - opened_at)) / 86400
                        from dispute where coalesce(agreed_at, failed_at) >= ? and coalesce(agreed_at, failed_at) < ?""")
                .params(start, end)
                .query((rs, row) -> new Mediation(rs.getLong(1), rs.getLong(2), nullable(rs, 3))).single();
        record Arbitration(long filed, long closed, Double days) {
        }
        Arbitration arbitration = jdbc.sql("""
                        select count(*), count(*) filter (where closed_at < ?),
                               avg(extract(epoch from closed_at - filed_at) / 86400) filter (where closed_at < ?)
                        from dispute where filed_at >= ? and filed_at < ?""")
                .params(end, end, start, end)
                .query((rs, row) -> new Arbitration(rs.getLong(1), rs.getLong(2), nullable(rs, 3))).single();
        Instant now = clock.instant();
        long mediating = jdbc.sql("select count(*) from dispute where status = 'MEDIATING'").query(Long.class).single();
        long overdue = jdbc.sql("select count(*) from dispute where status = 'MEDIATING' and mediation_due_at <= ?")
                .param(Timestamp.from(now)).query(Long.class).single();
        return new DisputeKpis(from, to, mediation.ended(), mediation.agreed(),
                rate(mediation.agreed(), mediation.ended()), mediation.days(), targets.mediationTargetPercent(),
                arbitration.filed(), arbitration.closed(), rate(arbitration.closed(), arbitration.filed()),
                arbitration.days(), targets.arbitrationTargetPercent(), mediating, overdue);
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static Double nullable(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    /** Moves a case from one status to the next with the step's fields; 404 or 409 when it cannot. */
    private void move(UUID id, DisputeStatus from, DisputeStatus to, String assignments, Object... values) {
        Object[] params = new Object[values.length + 3];
        params[0] = to.name();
        System.arraycopy(values, 0, params, 1, values.length);
        params[values.length + 1] = id;
        params[values.length + 2] = from.name();
        int moved = jdbc.sql("update dispute set status = ?, " + assignments + " where id = ? and status = ?")
                .params(params).update();
        if (moved == 0) {
            requireExists(id);
            throw new ProblemException(ProblemType.DISPUTE_TRANSITION);
        }
    }

    private void requireStatus(UUID id, DisputeStatus status) {
        String now = jdbc.sql("select status from dispute where id = ? for update").param(id).query(String.class)
                .optional().orElseThrow(() -> new ProblemException(ProblemType.DISPUTE_NOT_FOUND));
        if (!now.equals(status.name())) {
            throw new ProblemException(ProblemType.DISPUTE_TRANSITION);
        }
    }

    private void requireExists(UUID id) {
        if (jdbc.sql("select count(*) from dispute where id = ?").param(id).query(Long.class).single() == 0) {
            throw new ProblemException(ProblemType.DISPUTE_NOT_FOUND);
        }
    }

    DisputeDetails read(UUID id) {
        Instant now = clock.instant();
        List<DisputeDetails.Session> sessions = jdbc.sql("select id, held_at, place, notes from dispute_session "
                        + "where dispute_id = ? order by held_at")
                .param(id).query((rs, row) -> new DisputeDetails.Session(rs.getObject(1, UUID.class),
                        rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4))).list();
        return jdbc.sql("select " + COLUMNS + FROM + "where d.id = ?").param(id)
                .query((rs, row) -> details(rs, now, new HashMap<>(), sessions)).optional()
                .orElseThrow(() -> new ProblemException(ProblemType.DISPUTE_NOT_FOUND));
    }

    private DisputeDetails details(ResultSet rs, Instant now, Map<UUID, String> names,
                                   List<DisputeDetails.Session> sessions) throws SQLException {
        UUID workerId = rs.getObject("worker_id", UUID.class);
        UUID employerId = rs.getObject("employer_id", UUID.class);
        UUID orderId = rs.getObject("order_id", UUID.class);
        DisputeStatus status = DisputeStatus.valueOf(rs.getString("status"));
        Instant due = rs.getTimestamp("mediation_due_at").toInstant();
        String workerName = names.computeIfAbsent(workerId,
                worker -> parties.worker(worker).map(Parties.WorkerParty::maskedName).orElse(null));
        String employerName = employerId == null ? sourceOf(orderId) : names.computeIfAbsent(employerId,
                        employer -> parties.employer(employer).map(Parties.EmployerParty::legalName).orElse(null));
        DisputeDetails.Agreement agreement = rs.getTimestamp("agreed_at") == null ? null
                : new DisputeDetails.Agreement(rs.getString("agreement_terms"), rs.getLong("agreement_fen"),
                        rs.getDate("agreement_pay_by").toLocalDate(), rs.getTimestamp("agreed_at").toInstant(),
                        instant(rs.getTimestamp("signed_at")));
        DisputeDetails.Failure failure = rs.getTimestamp("failed_at") == null ? null
                : new DisputeDetails.Failure(rs.getString("failure_reason"), rs.getTimestamp("failed_at").toInstant());
        DisputeDetails.Arbitration arbitration = rs.getTimestamp("filed_at") == null ? null
                : new DisputeDetails.Arbitration(rs.getString("commission"), rs.getString("arbitration_case_number"),
                        rs.getDate("filed_on").toLocalDate(), rs.getTimestamp("filed_at").toInstant(),
                        rs.getString("arbitration_result") == null ? null
                                : ArbitrationResult.valueOf(rs.getString("arbitration_result")),
                        rs.getObject("award_fen") == null ? null : rs.getLong("award_fen"), rs.getString("result_note"),
                        instant(rs.getTimestamp("closed_at")));
        Long complaint = rs.getObject("complaint_number") == null ? null : rs.getLong("complaint_number");
        return new DisputeDetails(rs.getObject("id", UUID.class), rs.getLong("number"),
                DisputeSource.valueOf(rs.getString("source")), complaint, orderId, workerId,
                workerName, employerId, employerName, rs.getLong("claim_fen"), rs.getString("claim"),
                new DisputeDetails.Mediator(rs.getObject("mediator_id", UUID.class), rs.getString("mediator_name"),
                        rs.getString("organisation"), rs.getBoolean("active")),
                status, status == DisputeStatus.MEDIATING && !now.isBefore(due), rs.getTimestamp("opened_at")
                .toInstant(), due, agreement, failure, arbitration, sessions, null);
    }

    /** Who a job posted for a source answers for it: the source's name, or its channel when it has none. */
    private String sourceOf(UUID orderId) {
        JobPosting.Source source = jobs.find(orders.find(orderId).jobId()).source();
        return source.name() != null ? source.name() : source.channel().name();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
