package org.lingong.core.settlement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.lingong.core.orders.OrderDetails;

/** What the employer's side says it paid for one order, and the worker's answer. */
@Entity
@Table(name = "wage_payment")
class Payment {

    @Id
    private UUID id;
    private UUID orderId;
    private UUID workerId;
    private UUID employerId;
    private long amountFen;
    private Long agreedFen;
    @Enumerated(EnumType.STRING)
    private PaymentMethod method;
    private Instant paidAt;
    private String reference;
    @Enumerated(EnumType.STRING)
    private PaymentStatus status;
    private String recordedBy;
    private Instant recordedAt;
    private Instant answeredAt;
    @Version
    private long version;

    protected Payment() {
    }

    Payment(OrderDetails order, long amountFen, Long agreedFen, PaymentMethod method, Instant paidAt, String reference,
            String recordedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.orderId = order.id();
        this.workerId = order.workerId();
        this.employerId = order.employerId();
        this.amountFen = amountFen;
        this.agreedFen = agreedFen;
        this.method = method;
        this.paidAt = paidAt;
        this.reference = reference;
        this.status = PaymentStatus.RECORDED;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    void answer(PaymentStatus answer, Instant now) {
        this.status = answer;
        this.answeredAt = now;
    }

    UUID id() {
        return id;
    }

    UUID orderId() {
        return orderId;
    }

    PaymentStatus status() {
        return status;
    }

    long amountFen() {
        return amountFen;
    }

    PaymentDetails details() {
        return new PaymentDetails(id, orderId, workerId, employerId, amountFen, agreedFen,
                WageComparison.of(amountFen, agreedFen), method, paidAt, reference, status, recordedAt, answeredAt);
    }
}
