package org.lingong.core.orders;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.UUID;
import org.lingong.common.tenant.Roles;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.people.EmployerVerification;
import org.lingong.core.people.WorkerVerification;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An employer's block list: blocked workers can neither grab nor be dispatched to its jobs. */
@RestController
@RequestMapping("/api/v1/employers/me/blocked-workers/{workerId}")
@PreAuthorize(Roles.Allow.EMPLOYER)
@Tag(name = "orders")
class BlockedWorkersController {

    private final BlockedWorkerRepository blocks;
    private final EmployerVerification employers;
    private final WorkerVerification workers;
    private final AuditLog audit;
    private final Clock clock;

    BlockedWorkersController(BlockedWorkerRepository blocks, EmployerVerification employers,
                             WorkerVerification workers, AuditLog audit, Clock clock) {
        this.blocks = blocks;
        this.employers = employers;
        this.workers = workers;
        this.audit = audit;
        this.clock = clock;
    }

    @PostMapping
    @Transactional
    @Operation(summary = "拉黑零工 / Block a worker from the employer's jobs")
    ResponseEntity<Void> block(@PathVariable UUID workerId, Authentication caller) {
        UUID employer = employers.requireVerifiedAccount(caller.getName());
        workers.requireVerified(workerId);
        if (!blocks.existsById(new BlockedWorker.Key(employer, workerId))) {
            blocks.save(new BlockedWorker(employer, workerId, caller.getName(), clock.instant()));
            audit.record("employer.worker.blocked", workerId.toString(), "employer=" + employer);
        }
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping
    @Transactional
    @Operation(summary = "解除拉黑 / Unblock a worker")
    ResponseEntity<Void> unblock(@PathVariable UUID workerId, Authentication caller) {
        UUID employer = employers.requireVerifiedAccount(caller.getName());
        BlockedWorker.Key key = new BlockedWorker.Key(employer, workerId);
        if (blocks.existsById(key)) {
            blocks.deleteById(key);
            audit.record("employer.worker.unblocked", workerId.toString(), "employer=" + employer);
        }
        return ResponseEntity.noContent().build();
    }
}
