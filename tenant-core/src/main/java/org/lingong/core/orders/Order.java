package org.lingong.core.orders;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.lingong.core.jobs.JobDetails;

/** One worker holding one slot of one job, in the city's schema. */
@Entity
@Table(name = "job_order")
class Order {

    @Id
    private UUID id;
    private UUID jobId;
    private UUID workerId;
    private UUID employerId;
    @Enumerated(EnumType.STRING)
    private OrderKind kind;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    private Instant startsAt;
    private Instant endsAt;
    private Long marketId;
    private String dispatchedBy;
    private Long dispatchLatencyMs;
    private String cancelReasonCode;
    private String cancelReason;
    private Instant createdAt;
    private Instant updatedAt;
    // A wrapper, so a new order (null version) is persisted without the select a merge would cost.
    @Version
    private Long version;

    protected Order() {
    }

    private Order(JobDetails job, UUID workerId, OrderKind kind, OrderStatus status, Instant now) {
        this.id = UUID.randomUUID();
        this.jobId = job.id();
        this.workerId = workerId;
        this.employerId = job.employerId();
        this.kind = kind;
        this.status = status;
        this.startsAt = job.startsAt();
        this.endsAt = job.endsAt();
        this.marketId = job.marketId();
        this.createdAt = now;
        this.updatedAt = now;
    }

    static Order grabbed(JobDetails job, UUID workerId, Instant now) {
        return new Order(job, workerId, OrderKind.GRAB, OrderStatus.GRABBED, now);
    }

    static Order dispatched(JobDetails job, UUID workerId, String staff, Duration latency, Instant now) {
        Order order = new Order(job, workerId, OrderKind.DISPATCH, OrderStatus.DISPATCHED, now);
        order.dispatchedBy = staff;
        order.dispatchLatencyMs = latency.toMillis();
        return order;
    }

    void moveTo(OrderStatus next, Instant now) {
        this.status = next;
        this.updatedAt = now;
    }

    void cancel(String reasonCode, String reason, Instant now) {
        moveTo(OrderStatus.CANCELLED, now);
        this.cancelReasonCode = reasonCode;
        this.cancelReason = reason;
    }

    public UUID id() {
        return id;
    }

    public UUID jobId() {
        return jobId;
    }

    public UUID workerId() {
        return workerId;
    }

    public UUID employerId() {
        return employerId;
    }

    public OrderStatus status() {
        return status;
    }

    OrderKind kind() {
        return kind;
    }

    Instant startsAt() {
        return startsAt;
    }

    Instant endsAt() {
        return endsAt;
    }

    Long marketId() {
        return marketId;
    }

    OrderDetails details() {
        return new OrderDetails(id, jobId, workerId, employerId, kind, status, startsAt, endsAt, marketId,
                dispatchLatencyMs, cancelReasonCode, cancelReason, createdAt, updatedAt, version);
    }
}
