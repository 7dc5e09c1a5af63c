package org.lingong.core.settlement;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.lingong.core.jobs.Jobs;
import org.lingong.core.orders.OrderLifecycle;
import org.lingong.core.orders.OrderStatus;
import org.lingong.core.orders.OrderDetails;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employer's side records a payment for a completed order; the worker confirms it (the order becomes SETTLED) or
 * disputes it (a wage-arrears report). Each step is one transaction holding the order's row lock, so a payment and
 * the worker's answer or report never cross.
 */
@Service
class Payments {

    /** Devices' clocks differ a little; a payment time further ahead than this is a mistake. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** More than this many times the agreed wage is a typing error (an extra zero or two), refused. */
    static final long IMPLAUSIBLE_FACTOR = 10;

    record PaymentRequest(@NotNull @Positive @Max(Fen.MAX) Long amountFen, @NotNull PaymentMethod method,
                          @NotNull Instant paidAt,
                          @Size(max = 64)
                          @Pattern(regexp = "[\\p{Alnum}_/.:-]+", message = "{settlement.reference.format}")
                          String reference) {

        @AssertTrue(message = "{settlement.reference.required}")
        boolean isReferenced() {
            return method == null || !method.leavesReference() || (reference != null && !reference.isBlank());
        }
    }

    record Disputed(PaymentDetails payment, WageArrearsDetails arrears) {
    }

    private final PaymentRepository payments;
    private final WageArrearsReports arrears;
    private final OrderLifecycle orders;
    private final Jobs jobs;
    private final AuditLog audit;
    private final Clock clock;

    Payments(PaymentRepository payments, WageArrearsReports arrears, OrderLifecycle orders, Jobs jobs, AuditLog audit,
             Clock clock) {
        this.payments = payments;
        this.arrears = arrears;
        this.orders = orders;
        this.jobs = jobs;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    PaymentDetails record(UUID orderId, PaymentRequest request, Authentication caller) {
        OrderDetails order = orders.lockForEmployerSide(orderId, caller);
        if (order.status() != OrderStatus.COMPLETED) {
            throw new ProblemException(ProblemType.PAYMENT_ORDER_NOT_COMPLETED, order.status());
        }
        if (payments.existsByOrderIdAndStatus(orderId, PaymentStatus.RECORDED)) {
            throw new ProblemException(ProblemType.PAYMENT_AWAITING_WORKER);
        }
        Instant now = clock.instant();
        if (request.paidAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw new ProblemException(ProblemType.PAYMENT_IN_FUTURE);
        }
        if (request.paidAt().isBefore(order.createdAt())) {
            throw new ProblemException(ProblemType.PAYMENT_BEFORE_ORDER);
        }
        Long agreed = AgreedWage.of(jobs.find(order.jobId()).wage(), order);
        if (agreed != null && request.amountFen() > agreed * IMPLAUSIBLE_FACTOR) {
            throw new ProblemException(ProblemType.PAYMENT_AMOUNT_IMPLAUSIBLE,
                    Fen.yuan(request.amountFen()), Fen.yuan(agreed), IMPLAUSIBLE_FACTOR)
                    .with("agreedFen", agreed);
        }
        String reference = request.reference() == null || request.reference().isBlank() ? null : request.reference();
        if (reference != null && payments.existsByMethodAndReference(request.method(), reference)) {
            throw new ProblemException(ProblemType.PAYMENT_DUPLICATE_REFERENCE, request.method(), reference);
        }
        Payment payment = payments.saveAndFlush(new Payment(order, request.amountFen(), agreed, request.method(),
                request.paidAt(), reference, caller.getName(), now));
        audit.record("payment.recorded", payment.id().toString(), "order=" + orderId + "; amountFen="
                + request.amountFen() + "; method=" + request.method());
        return payment.details();
    }

    /** The worker received the money: the order is settled, and an open arrears report on it closes. */
    @Transactional
    PaymentDetails confirm(UUID orderId, UUID paymentId, Authentication caller) {
        orders.lockForWorker(orderId, caller);
        Payment payment = awaiting(orderId, paymentId);
        payment.answer(PaymentStatus.CONFIRMED, clock.instant());
        payments.saveAndFlush(payment);
        audit.record("payment.confirmed", paymentId.toString(), "order=" + orderId);
        arrears.closeByPayment(orderId, paymentId, caller.getName());
        orders.settle(orderId, caller.getName());
        return payment.details();
    }

    /** The worker says the payment is short or never came: a wage-arrears report for city staff. */
    @Transactional
    Disputed dispute(UUID orderId, UUID paymentId, WageArrearsReports.ArrearsClaim request, Authentication caller) {
        OrderDetails order = orders.lockForWorker(orderId, caller);
        Payment payment = awaiting(orderId, paymentId);
        payment.answer(PaymentStatus.DISPUTED, clock.instant());
        payments.saveAndFlush(payment);
        audit.record("payment.disputed", paymentId.toString(), "order=" + orderId + "; owedFen="
                + request.amountOwedFen());
        WageArrearsDetails report = arrears.file(order, paymentId, request.amountOwedFen(), request.reason().strip(),
                caller.getName());
        return new Disputed(payment.details(), report);
    }

    @Transactional(readOnly = true)
    List<PaymentDetails> ofOrder(OrderDetails order) {
        return payments.findByOrderIdOrderByRecordedAtAsc(order.id()).stream().map(Payment::details).toList();
    }

    private Payment awaiting(UUID orderId, UUID paymentId) {
        Payment payment = payments.findByIdAndOrderId(paymentId, orderId)
                .orElseThrow(() -> new ProblemException(ProblemType.PAYMENT_NOT_FOUND));
        if (payment.status() != PaymentStatus.RECORDED) {
            throw new ProblemException(ProblemType.PAYMENT_ANSWERED, payment.status());
        }
        return payment;
    }
}
