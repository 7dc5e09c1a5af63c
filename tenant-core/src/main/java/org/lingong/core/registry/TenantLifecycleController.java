package org.lingong.core.registry;

import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.tenancy.TenantContext;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Suspending a city makes it read-only at once (the gateway picks the change up within seconds); reactivating undoes it. */
@RestController
class TenantLifecycleController {

    private final TenantRepository tenants;
    private final TenantDirectory directory;
    private final AuditLog audit;

    TenantLifecycleController(TenantRepository tenants, TenantDirectory directory, AuditLog audit) {
        this.tenants = tenants;
        this.directory = directory;
        this.audit = audit;
    }

    @PostMapping("/api/v1/platform/tenants/{code}/suspend")
    @Transactional
    TenantProfileController.TenantProfile suspend(@PathVariable String code) {
        return move(code, TenantStatus.ACTIVE, TenantStatus.SUSPENDED, "tenant.suspended");
    }

    @PostMapping("/api/v1/platform/tenants/{code}/reactivate")
    @Transactional
    TenantProfileController.TenantProfile reactivate(@PathVariable String code) {
        return move(code, TenantStatus.SUSPENDED, TenantStatus.ACTIVE, "tenant.reactivated");
    }

    private TenantProfileController.TenantProfile move(String code, TenantStatus from, TenantStatus to, String action) {
        Tenant tenant = tenants.findById(code).orElseThrow(() -> new ProblemException(ProblemType.UNKNOWN_TENANT, code));
        if (tenant.status() == to) {
            return TenantProfileController.TenantProfile.of(tenant);
        }
        if (tenant.status() != from) {
            throw new ProblemException(ProblemType.TENANT_STATUS_CONFLICT);
        }
        tenant.changeStatus(to);
        directory.invalidate();
        TenantContext.run(tenant.code(), () -> audit.record(action, code, from + " -> " + to));
        return TenantProfileController.TenantProfile.of(tenant);
    }
}
