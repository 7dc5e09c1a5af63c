package org.lingong.core.settlement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What an order's money says as evidence of a dispute: the payments recorded and the wage-arrears reports on it. */
@Component
public class PaymentEvidence {

    public record Paid(long amountFen, String method, String status, Instant paidAt) {
    }

    public record Arrears(long amountOwedFen, String reason, String status, Instant reportedAt) {
    }

    public record OfOrder(List<Paid> payments, List<Arrears> arrears) {
    }

    private final PaymentRepository payments;
    private final WageArrearsRepository arrears;

    PaymentEvidence(PaymentRepository payments, WageArrearsRepository arrears) {
        this.payments = payments;
        this.arrears = arrears;
    }

    @Transactional(readOnly = true)
    public OfOrder ofOrder(UUID orderId) {
        return new OfOrder(payments.findByOrderIdOrderByRecordedAtAsc(orderId).stream().map(Payment::details)
                .map(p -> new Paid(p.amountFen(), p.method().name(), p.status().name(), p.paidAt())).toList(),
                arrears.findByOrderIdOrderByReportedAtAsc(orderId).stream().map(WageArrears::details)
                        .map(a -> new Arrears(a.amountOwedFen(), a.reason(), a.status().name(), a.reportedAt()))
                        .toList());
    }
}
