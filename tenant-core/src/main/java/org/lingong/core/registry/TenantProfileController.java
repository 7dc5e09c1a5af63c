package org.lingong.core.registry;

import jakarta.validation.Valid;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.Roles;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.tenancy.CurrentTenant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A tenant's public face (names, branding, hotline) and the bureau's own branding settings. */
@RestController
class TenantProfileController {

    private final TenantRepository tenants;
    private final AuditLog audit;

    TenantProfileController(TenantRepository tenants, AuditLog audit) {
        this.tenants = tenants;
        this.audit = audit;
    }

    record TenantProfile(String code, String nameZh, String nameEn, String provinceCode, String divisionCode,
                         Center center, TenantStatus status, Branding branding, Targets targets) {

        static TenantProfile of(Tenant tenant) {
            return new TenantProfile(tenant.code().value(), tenant.nameZh(), tenant.nameEn(), tenant.provinceCode(),
                    tenant.divisionCode(), tenant.center(), tenant.status(), tenant.branding(), tenant.targets());
        }
    }

    @GetMapping("/api/v1/tenant")
    TenantProfile profile() {
        return TenantProfile.of(current());
    }

    @PutMapping("/api/v1/tenant/branding")
    @PreAuthorize(Roles.Allow.CITY_ADMINS)
    @Transactional
    TenantProfile rebrand(@Valid @RequestBody Branding branding) {
        Tenant tenant = current();
        tenant.rebrand(branding);
        audit.record("tenant.branding.changed", tenant.code().value(), branding.toString());
        return TenantProfile.of(tenant);
    }

    private Tenant current() {
        String code = CurrentTenant.require().value();
        return tenants.findById(code).orElseThrow(() -> new ProblemException(ProblemType.UNKNOWN_TENANT, code));
    }
}
