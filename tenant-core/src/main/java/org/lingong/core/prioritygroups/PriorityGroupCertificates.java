package org.lingong.core.prioritygroups;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.people.PriorityGroup;
import org.lingong.core.people.WorkerVerification;
import org.lingong.common.i18n.China;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is certified for which priority group. A certificate counts through the last day of its validity in China's
 * calendar; staff certify (again, to renew) and revoke, each audited, the old certificate kept as the record.
 */
@Service
public class PriorityGroupCertificates {

    /** The longest validity staff may give: documents such as 就业失业登记证 are reviewed at least this often. */
    static final int MAX_YEARS = 5;
    private static final ZoneId CHINA = China.ZONE;

    private final PriorityGroupCertificateRepository certificates;
    private final WorkerVerification workers;
    private final AuditLog audit;
    private final Clock clock;

    PriorityGroupCertificates(PriorityGroupCertificateRepository certificates, WorkerVerification workers,
                              AuditLog audit, Clock clock) {
        this.certificates = certificates;
        this.workers = workers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the worker holds a standing certificate of at least one of the groups today. */
    @Transactional(readOnly = true)
    public boolean holdsAny(UUID workerId, Collection<PriorityGroup> groups) {
        return !groups.isEmpty() && certificates.holdsAny(workerId, groups, today());
    }

    /** Staff certify a verified worker's group (a renewal replaces the standing certificate). */
    @Transactional
    CertificateDetails certify(UUID workerId, PriorityGroup group, Evidence evidence, LocalDate validUntil,
                               String staff) {
        LocalDate today = today();
        if (!validUntil.isAfter(today) || validUntil.isAfter(today.plusYears(MAX_YEARS))) {
            throw new ProblemException(ProblemType.PRIORITY_CERTIFICATE_VALIDITY, MAX_YEARS);
        }
        workers.requireVerified(workerId);
        certificates.findUnrevoked(workerId, group).ifPresent(old -> {
            old.revoke(staff, PriorityGroupCertificate.RENEWED, clock.instant());
            // The partial unique index checks the revocation before the new row goes in.
            certificates.saveAndFlush(old);
        });
        PriorityGroupCertificate certificate = certificates.save(
                new PriorityGroupCertificate(workerId, group, evidence, validUntil, staff, clock.instant()));
        audit.record("worker.priority-group.certified", workerId.toString(),
                "group=" + group + " evidence=" + evidence + " validUntil=" + validUntil);
        return certificate.details(today);
    }

    /** Staff withdraw a certificate, saying why; the group stops counting at once. */
    @Transactional
    CertificateDetails revoke(UUID workerId, PriorityGroup group, String reason, String staff) {
        PriorityGroupCertificate certificate = certificates.findUnrevoked(workerId, group)
                .orElseThrow(() -> new ProblemException(ProblemType.PRIORITY_CERTIFICATE_NOT_FOUND));
        certificate.revoke(staff, reason, clock.instant());
        audit.record("worker.priority-group.revoked", workerId.toString(), "group=" + group);
        return certificate.details(today());
    }

    /** A worker's certificates, newest first, revoked and expired ones included; the reading is audited. */
    @Transactional
    List<CertificateDetails> read(UUID workerId) {
        audit.record("worker.priority-group.read", workerId.toString(), null);
        LocalDate today = today();
        return certificates.findByWorkerIdOrderByCertifiedAtDesc(workerId).stream()
                .map(certificate -> certificate.details(today)).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }
}
