package org.lingong.core.prioritygroups;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.Roles;
import org.lingong.core.people.PriorityGroup;
import org.lingong.core.people.WorkerVerification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Certifying priority groups at the desk, and the worker's own view of what counts. */
@RestController
@Tag(name = "priority-groups", description = "重点群体认定 Certified priority groups")
class PriorityGroupsController {

    record Certification(@NotNull(message = "{prioritygroups.evidence.required}") Evidence evidence,
                         @NotNull(message = "{prioritygroups.valid-until.required}") LocalDate validUntil) {
    }

    record Revocation(@NotBlank(message = "{prioritygroups.reason.required}")
                      @Size(max = 200, message = "{prioritygroups.reason.size}") String reason) {
    }

    private final PriorityGroupCertificates certificates;
    private final WorkerVerification workers;

    PriorityGroupsController(PriorityGroupCertificates certificates, WorkerVerification workers) {
        this.certificates = certificates;
        this.workers = workers;
    }

    @GetMapping("/api/v1/workers/{workerId}/priority-groups")
    @PreAuthorize(Roles.Allow.CITY_OWN_STAFF)
    @Operation(summary = "零工的重点群体认定（含已撤销、已过期；留痕） A worker's priority-group certificates, newest "
            + "first, revoked and expired ones included; audited")
    List<CertificateDetails> workerCertificates(@PathVariable UUID workerId) {
        workers.requireVerified(workerId);
        return certificates.read(workerId);
    }

    @PutMapping("/api/v1/workers/{workerId}/priority-groups/{group}")
    @PreAuthorize(Roles.Allow.CITY_OWN_STAFF)
    @Operation(summary = "认定重点群体（核验证明材料后；再次认定即续期） Certify a priority group against a document "
            + "(again to renew); valid through validUntil, at most 5 years")
    CertificateDetails certify(@PathVariable UUID workerId, @PathVariable PriorityGroup group,
                               @Valid @RequestBody Certification certification, Authentication staff) {
        return certificates.certify(workerId, group, certification.evidence(), certification.validUntil(),
                staff.getName());
    }

    @PostMapping("/api/v1/workers/{workerId}/priority-groups/{group}/revoke")
    @PreAuthorize(Roles.Allow.CITY_OWN_STAFF)
    @Operation(summary = "撤销重点群体认定（须说明理由） Revoke a certificate, with a reason")
    CertificateDetails revoke(@PathVariable UUID workerId, @PathVariable PriorityGroup group,
                              @Valid @RequestBody Revocation revocation, Authentication staff) {
        return certificates.revoke(workerId, group, revocation.reason().strip(), staff.getName());
    }

    @GetMapping("/api/v1/workers/me/priority-groups")
    @PreAuthorize(Roles.Allow.WORKER)
    @Operation(summary = "我的重点群体认定 The calling worker's certificates")
    List<CertificateDetails> myCertificates(Authentication worker) {
        UUID workerId = workers.workerOf(worker.getName())
                .orElseThrow(() -> new ProblemException(ProblemType.WORKER_NOT_FOUND));
        return certificates.read(workerId);
    }
}
