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

/** A worker's wage-arrears report (欠薪) on one order; at most one is open per order. */
@Entity
@Table(name = "wage_arrears")
class WageArrears {

    @Id
    private UUID id;
    private UUID orderId;
    private UUID paymentId;
    private UUID workerId;
    private UUID employerId;
    private long amountOwedFen;
    private String reason;
    @Enumerated(EnumType.STRING)
    private ArrearsStatus status;
    private String reportedBy;
    private Instant reportedAt;
    private String resolvedBy;
    private Instant resolvedAt;
    private String resolutionNote;
    private UUID resolvedByPayment;
    @Version
    private long version;

    protected WageArrears() {
    }

    WageArrears(OrderDetails order, UUID paymentId, long amountOwedFen, String reason, String reportedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.orderId = order.id();
        this.workerId = order.workerId();
        this.employerId = order.employerId();
        this.status = ArrearsStatus.OPEN;
        this.reportedBy = reportedBy;
        this.reportedAt = now;
        restate(paymentId, amountOwedFen, reason);
    }

    /** The worker disputes a later payment while the report is open: it now speaks of that payment. */
    void restate(UUID paymentId, long amountOwedFen, String reason) {
        this.paymentId = paymentId;
        this.amountOwedFen = amountOwedFen;
        this.reason = reason;
    }

    void resolve(String by, String note, UUID payment, Instant now) {
        this.status = ArrearsStatus.RESOLVED;
        this.resolvedBy = by;
        this.resolutionNote = note;
        this.resolvedByPayment = payment;
        this.resolvedAt = now;
    }

    UUID id() {
        return id;
    }

    ArrearsStatus status() {
        return status;
    }

    WageArrearsDetails details() {
        return new WageArrearsDetails(id, orderId, paymentId, workerId, employerId, amountOwedFen, reason, status,
                reportedAt, resolvedAt, resolutionNote, resolvedByPayment);
    }
}
