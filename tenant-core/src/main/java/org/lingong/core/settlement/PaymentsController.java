package org.lingong.core.settlement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.lingong.common.tenant.Roles;
import org.lingong.core.orders.OrderLifecycle;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Payments of one order: recorded by its employer side, answered by its worker. */
@RestController
@Tag(name = "settlement", description = "结算与欠薪 Settlement: payments, confirmation, wage arrears, totals")
class PaymentsController {

    private final Payments payments;
    private final WageArrearsReports arrears;
    private final OrderLifecycle orders;

    PaymentsController(Payments payments, WageArrearsReports arrears, OrderLifecycle orders) {
        this.payments = payments;
        this.arrears = arrears;
        this.orders = orders;
    }

    @PostMapping("/api/v1/orders/{id}/payments")
    @PreAuthorize(Roles.Allow.EMPLOYER_SIDE)
    @Operation(summary = "登记已完工订单的工资支付（金额以分计）/ Record the wage paid for a completed order (in fen)")
    ResponseEntity<PaymentDetails> record(@PathVariable UUID id, @Valid @RequestBody Payments.PaymentRequest request,
                                       Authentication caller) {
        PaymentDetails payment = payments.record(id, request, caller);
        return ResponseEntity.created(URI.create("/api/v1/orders/" + id + "/payments/" + payment.id())).body(payment);
    }

    @GetMapping("/api/v1/orders/{id}/payments")
    @PreAuthorize(Roles.Allow.ANY_SIDE)
    @Operation(summary = "订单的支付记录 / Payments of an order")
    List<PaymentDetails> list(@PathVariable UUID id, Authentication caller) {
        return payments.ofOrder(orders.readableBy(id, caller));
    }

    @PostMapping("/api/v1/orders/{id}/payments/{paymentId}/confirm")
    @PreAuthorize(Roles.Allow.WORKER)
    @Operation(summary = "零工确认收款，订单结算完成 / The worker confirms receipt; the order becomes SETTLED")
    PaymentDetails confirm(@PathVariable UUID id, @PathVariable UUID paymentId, Authentication caller) {
        return payments.confirm(id, paymentId, caller);
    }

    @PostMapping("/api/v1/orders/{id}/payments/{paymentId}/dispute")
    @PreAuthorize(Roles.Allow.WORKER)
    @Operation(summary = "零工对支付提出异议，形成欠薪反映 / The worker disputes a payment: a wage-arrears report")
    ResponseEntity<Payments.Disputed> dispute(@PathVariable UUID id, @PathVariable UUID paymentId,
                                              @Valid @RequestBody WageArrearsReports.ArrearsClaim request,
                                              Authentication caller) {
        Payments.Disputed disputed = payments.dispute(id, paymentId, request, caller);
        return ResponseEntity.created(URI.create("/api/v1/wage-arrears/" + disputed.arrears().id())).body(disputed);
    }

    @PostMapping("/api/v1/orders/{id}/wage-arrears")
    @PreAuthorize(Roles.Allow.WORKER)
    @Operation(summary = "完工 3 天后仍未收到工资，反映欠薪 / Report a completed order unpaid after 3 days")
    ResponseEntity<WageArrearsDetails> reportUnpaid(@PathVariable UUID id,
                                                 @Valid @RequestBody WageArrearsReports.ArrearsClaim request,
                                                 Authentication caller) {
        WageArrearsDetails report = arrears.reportUnpaid(id, request, caller);
        return ResponseEntity.created(URI.create("/api/v1/wage-arrears/" + report.id())).body(report);
    }
}
