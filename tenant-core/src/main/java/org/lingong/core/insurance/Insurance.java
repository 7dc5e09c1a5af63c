package org.lingong.core.insurance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.orders.OrderLifecycle;
import org.lingong.core.orders.OrderDetails;
import org.lingong.core.people.WorkerVerification;
import org.lingong.common.i18n.China;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Enrols orders and workers' days in gig insurance. */
@Service
class Insurance {

    static final ZoneId CHINA = China.ZONE;
    static final DateTimeFormatter BEIJING_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);

    /** The insurer, policy and premium any enrolment names. No gig premium tops ¥10,000. */
    record PolicyRequest(@NotNull InsuranceType type, @NotBlank @Size(min = 2, max = 60) String insurer,
                         @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{5,39}", message = "{insurance.policyNumber}")
                         String policyNumber,
                         @NotNull @PositiveOrZero @Max(1_000_000) Long premiumFen, @NotNull PremiumPayer paidBy) {

        Enrolment.Policy policy() {
            return new Enrolment.Policy(type, insurer, policyNumber, premiumFen, paidBy);
        }
    }

    record OrderEnrolment(@NotNull @Valid PolicyRequest policy, @NotNull Instant coverageStart,
                          @NotNull Instant coverageEnd) {

        @AssertTrue(message = "{insurance.coverageEndsAfterStart}")
        boolean isEndAfterStart() {
            return coverageStart == null || coverageEnd == null || coverageEnd.isAfter(coverageStart);
        }
    }

    /** Cover for all of a worker's orders on one Beijing calendar day. */
    record DayEnrolment(@NotNull LocalDate date, @NotNull @Valid PolicyRequest policy) {
    }

    private final EnrolmentRepository enrolments;
    private final OrderLifecycle orders;
    private final WorkerVerification workers;
    private final AuditLog audit;
    private final Clock clock;

    Insurance(EnrolmentRepository enrolments, OrderLifecycle orders, WorkerVerification workers, AuditLog audit,
              Clock clock) {
        this.enrolments = enrolments;
        this.orders = orders;
        this.workers = workers;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    EnrolmentDetails enrolOrder(UUID orderId, OrderEnrolment request, Authentication caller) {
        OrderDetails order = orders.lockForEmployerSide(orderId, caller);
        if (!order.status().isActive()) {
            throw new ProblemException(ProblemType.INSURANCE_ORDER_CLOSED, order.status());
        }
        if (request.coverageStart().isAfter(order.startsAt()) || request.coverageEnd().isBefore(order.endsAt())) {
            throw new ProblemException(ProblemType.INSURANCE_PERIOD_EXCLUDES_JOB,
                    BEIJING_TIME.format(order.startsAt()), BEIJING_TIME.format(order.endsAt()));
        }
        InsuranceType type = request.policy().type();
        if (enrolments.existsByOrderIdAndType(orderId, type)) {
            throw new ProblemException(ProblemType.INSURANCE_DUPLICATE, type);
        }
        Enrolment saved = enrolments.saveAndFlush(new Enrolment(orderId, order.workerId(), null,
                request.policy().policy(), request.coverageStart(), request.coverageEnd(), caller.getName(),
                clock.instant()));
        audit.record("insurance.enrolled", saved.id().toString(), "order=" + orderId + "; type=" + type
                + "; policy=" + request.policy().policyNumber());
        return saved.details();
    }

    @Transactional
    EnrolmentDetails enrolDay(UUID workerId, DayEnrolment request, Authentication caller) {
        workers.requireVerified(workerId);
        if (request.date().isBefore(LocalDate.now(clock.withZone(CHINA)))) {
            throw new ProblemException(ProblemType.INSURANCE_DAY_PAST);
        }
        InsuranceType type = request.policy().type();
        if (enrolments.existsByWorkerIdAndCoverDateAndType(workerId, request.date(), type)) {
            throw new ProblemException(ProblemType.INSURANCE_DUPLICATE, type);
        }
        Enrolment saved = enrolments.saveAndFlush(new Enrolment(null, workerId, request.date(),
                request.policy().policy(), request.date().atStartOfDay(CHINA).toInstant(),
                request.date().plusDays(1).atStartOfDay(CHINA).toInstant(), caller.getName(), clock.instant()));
        audit.record("insurance.enrolled", saved.id().toString(), "worker=" + workerId + "; day=" + request.date()
                + "; type=" + type + "; policy=" + request.policy().policyNumber());
        return saved.details();
    }
}
