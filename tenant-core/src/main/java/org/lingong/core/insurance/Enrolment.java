package org.lingong.core.insurance;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One insurance enrolment: for an order, or for a worker's day. */
@Entity
@Table(name = "insurance_enrolment")
class Enrolment {

    @Id
    private UUID id;
    private UUID orderId;
    private UUID workerId;
    private LocalDate coverDate;
    @Enumerated(EnumType.STRING)
    private InsuranceType type;
    private String insurer;
    private String policyNumber;
    private Instant coverageStart;
    private Instant coverageEnd;
    private long premiumFen;
    @Enumerated(EnumType.STRING)
    private PremiumPayer paidBy;
    private String recordedBy;
    private Instant recordedAt;

    protected Enrolment() {
    }

    Enrolment(UUID orderId, UUID workerId, LocalDate coverDate, Policy policy, Instant coverageStart,
              Instant coverageEnd, String recordedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.workerId = workerId;
        this.coverDate = coverDate;
        this.type = policy.type();
        this.insurer = policy.insurer().strip();
        this.policyNumber = policy.policyNumber();
        this.premiumFen = policy.premiumFen();
        this.paidBy = policy.paidBy();
        this.coverageStart = coverageStart;
        this.coverageEnd = coverageEnd;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    /** What every enrolment names, whether for an order or a day. */
    record Policy(InsuranceType type, String insurer, String policyNumber, long premiumFen, PremiumPayer paidBy) {
    }

    UUID id() {
        return id;
    }

    Instant coverageStart() {
        return coverageStart;
    }

    Instant coverageEnd() {
        return coverageEnd;
    }

    EnrolmentDetails details() {
        return new EnrolmentDetails(id, orderId, workerId, coverDate, type, insurer, policyNumber, coverageStart,
                coverageEnd, premiumFen, paidBy, recordedAt);
    }
}
