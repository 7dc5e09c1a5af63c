package org.lingong.core.prioritygroups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.lingong.core.people.PriorityGroup;

/** One certification of a worker's priority group; it stands until revoked (a renewal revokes it too). */
@Entity
@Table(name = "priority_group_certificate")
class PriorityGroupCertificate {

    static final String RENEWED = "RENEWED";

    @Id
    private UUID id;
    private UUID workerId;
    @Enumerated(EnumType.STRING)
    private PriorityGroup priorityGroup;
    @Enumerated(EnumType.STRING)
    private Evidence evidence;
    private String certifiedBy;
    private Instant certifiedAt;
    private LocalDate validUntil;
    private String revokedBy;
    private Instant revokedAt;
    private String revokeReason;

    protected PriorityGroupCertificate() {
    }

    PriorityGroupCertificate(UUID workerId, PriorityGroup group, Evidence evidence, LocalDate validUntil,
                             String staff, Instant now) {
        this.id = UUID.randomUUID();
        this.workerId = workerId;
        this.priorityGroup = group;
        this.evidence = evidence;
        this.validUntil = validUntil;
        this.certifiedBy = staff;
        this.certifiedAt = now;
    }

    void revoke(String staff, String reason, Instant now) {
        this.revokedBy = staff;
        this.revokedAt = now;
        this.revokeReason = reason;
    }

    UUID id() {
        return id;
    }

    CertificateDetails details(LocalDate today) {
        CertificateDetails.Status status = revokedAt != null ? CertificateDetails.Status.REVOKED
                : validUntil.isBefore(today) ? CertificateDetails.Status.EXPIRED : CertificateDetails.Status.STANDING;
        return new CertificateDetails(id, workerId, priorityGroup, evidence, certifiedBy, certifiedAt, validUntil,
                status, revokedBy, revokedAt, revokeReason);
    }
}
