package org.lingong.core.registry;

import java.util.List;
import org.lingong.common.tenant.TenantAccess;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform operator's view of every tenant, whatever its status; a province admin sees the cities of its province
 * (to compare them), by the same rule that lets it read their data.
 */
@RestController
class PlatformTenantsController {

    private final TenantRepository tenants;

    PlatformTenantsController(TenantRepository tenants) {
        this.tenants = tenants;
    }

    @GetMapping("/api/v1/platform/tenants")
    List<TenantProfileController.TenantProfile> all(@AuthenticationPrincipal Jwt token) {
        TenantAccess.Caller caller = TenantAccess.Caller.fromClaims(token.getClaims());
        return tenants.findAll(Sort.by("code")).stream()
                .filter(tenant -> TenantAccess.allows(caller, tenant.code().value(), tenant.provinceCode(), false))
                .map(TenantProfileController.TenantProfile::of)
                .toList();
    }
}
