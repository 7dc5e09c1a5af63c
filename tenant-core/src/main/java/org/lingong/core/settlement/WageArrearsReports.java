package org.lingong.core.settlement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.jobs.JobPosting;
import org.lingong.core.jobs.Jobs;
import org.lingong.core.orders.OrderClock;
import org.lingong.core.orders.OrderLifecycle;
import org.lingong.core.orders.OrderStatus;
import org.lingong.core.orders.OrderDetails;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Wage-arrears reports (欠薪): filed by a dispute or by a worker left unpaid, resolved by city staff. */
@Service
class WageArrearsReports {

    private static final int OVERDUE_PAGE = 200;

    /** A worker may report a completed order unpaid this long after its completion. */
    static final Duration UNPAID_AFTER = Duration.ofDays(3);

    /** What the worker says is still owed, and why. */
    record ArrearsClaim(@NotBlank @Size(max = 500) String reason, @NotNull @Positive @Max(Fen.MAX) Long amountOwedFen) {
    }

    record ArrearsPage(List<WageArrearsDetails> items, int page, int size, long total) {
    }

    private final WageArrearsRepository reports;
    private final PaymentRepository payments;
    private final OrderLifecycle orders;
    private final OrderClock orderClock;
    private final Jobs jobs;
    private final AuditLog audit;
    private final Clock clock;

    WageArrearsReports(WageArrearsRepository reports, PaymentRepository payments, OrderLifecycle orders,
                       OrderClock orderClock, Jobs jobs, AuditLog audit, Clock clock) {
        this.reports = reports;
        this.payments = payments;
        this.orders = orders;
        this.orderClock = orderClock;
        this.jobs = jobs;
        this.audit = audit;
        this.clock = clock;
    }

    /** The worker of a completed order that no payment came for, {@link #UNPAID_AFTER} after completion. */
    @Transactional
    WageArrearsDetails reportUnpaid(UUID orderId, ArrearsClaim request, Authentication caller) {
        OrderDetails order = orders.lockForWorker(orderId, caller);
        if (order.status() != OrderStatus.COMPLETED) {
            throw new ProblemException(ProblemType.ARREARS_ORDER_NOT_COMPLETED, order.status());
        }
        if (payments.existsByOrderIdAndStatus(orderId, PaymentStatus.RECORDED)) {
            throw new ProblemException(ProblemType.ARREARS_PAYMENT_AWAITING_ANSWER);
        }
        // A completed order changes no more until it is settled, so its last update is its completion.
        if (clock.instant().isBefore(order.updatedAt().plus(UNPAID_AFTER))) {
            throw new ProblemException(ProblemType.ARREARS_TOO_EARLY, UNPAID_AFTER.toDays());
        }
        if (reports.findByOrderIdAndStatus(orderId, ArrearsStatus.OPEN).isPresent()) {
            throw new ProblemException(ProblemType.ARREARS_ALREADY_OPEN);
        }
        return file(order, null, request.amountOwedFen(), request.reason().strip(), caller.getName());
    }

    /**
     * Files a report for each order completed more than the city's payment limit ago whose pay the worker has not
     * confirmed, unless it has had one (staff may have resolved it); returns how many were filed. Each order's row is
     * locked first, so replicas sweeping at once file it once.
     */
    @Transactional
    int fileOverdue(Instant now) {
        Duration within = orderClock.settings().paymentWithin();
        int filed = 0;
        OrderDetails last = null;
        List<OrderDetails> page;
        do {
            page = orders.completedBefore(now.minus(within), last, OVERDUE_PAGE);
            for (OrderDetails candidate : page) {
                OrderDetails order = orders.findLocked(candidate.id());
                if (order.status() == OrderStatus.COMPLETED && !reports.existsByOrderId(order.id())) {
                    fileForSilence(order, within);
                    filed++;
                }
            }
            last = page.isEmpty() ? last : page.getLast();
        } while (page.size() == OVERDUE_PAGE);
        return filed;
    }

    private void fileForSilence(OrderDetails order, Duration within) {
        JobPosting.Wage wage = jobs.find(order.jobId()).wage();
        Long agreed = AgreedWage.of(wage, order);
        UUID awaiting = payments.findByOrderIdOrderByRecordedAtAsc(order.id()).stream()
                .filter(p -> p.status() == PaymentStatus.RECORDED).map(Payment::id).findFirst().orElse(null);
        file(order, awaiting, agreed == null ? wage.amountFen() : agreed,
                "完工 " + within.toDays() + " 天后零工仍未确认收款（系统登记）/ pay not confirmed " + within.toDays()
                        + " days after completion (filed by the order clock)", OrderClock.ACTOR);
    }

    /** Files a report, or restates the order's open one (a dispute of a later payment). */
    @Transactional(propagation = Propagation.MANDATORY)
    WageArrearsDetails file(OrderDetails order, UUID paymentId, long amountOwedFen, String reason, String by) {
        WageArrears report = reports.findByOrderIdAndStatus(order.id(), ArrearsStatus.OPEN)
                .map(open -> {
                    open.restate(paymentId, amountOwedFen, reason);
                    return open;
                })
                .orElseGet(() -> new WageArrears(order, paymentId, amountOwedFen, reason, by, clock.instant()));
        WageArrears saved = reports.saveAndFlush(report);
        audit.record("wage-arrears.reported", saved.id().toString(), "order=" + order.id() + "; owedFen="
                + amountOwedFen + (paymentId == null ? "; no payment" : "; payment=" + paymentId));
        return saved.details();
    }

    /** The worker confirmed a payment: the order's open report is settled by it. */
    @Transactional(propagation = Propagation.MANDATORY)
    void closeByPayment(UUID orderId, UUID paymentId, String by) {
        reports.findByOrderIdAndStatus(orderId, ArrearsStatus.OPEN).ifPresent(open -> {
            open.resolve(by, null, paymentId, clock.instant());
            reports.saveAndFlush(open);
            audit.record("wage-arrears.resolved", open.id().toString(), "payment=" + paymentId + " confirmed");
        });
    }

    @Transactional
    WageArrearsDetails resolve(UUID id, String note, String by) {
        WageArrears report = reports.lockById(id)
                .orElseThrow(() -> new ProblemException(ProblemType.ARREARS_NOT_FOUND));
        if (report.status() != ArrearsStatus.OPEN) {
            throw new ProblemException(ProblemType.ARREARS_RESOLVED);
        }
        report.resolve(by, note, null, clock.instant());
        WageArrears saved = reports.saveAndFlush(report);
        audit.record("wage-arrears.resolved", id.toString(), note);
        return saved.details();
    }

    @Transactional(readOnly = true)
    ArrearsPage find(ArrearsStatus status, int page, int size) {
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200),
                Sort.by(Sort.Direction.DESC, "reportedAt"));
        Page<WageArrears> found = status == null ? reports.findAll(request) : reports.findByStatus(status, request);
        return new ArrearsPage(found.map(WageArrears::details).getContent(), found.getNumber(), found.getSize(),
                found.getTotalElements());
    }
}
