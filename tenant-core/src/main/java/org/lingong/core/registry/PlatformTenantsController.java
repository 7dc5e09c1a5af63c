package org.lingong.core.registry;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The platform operator's view of every tenant, whatever its status. */
@RestController
class PlatformTenantsController {

    private final TenantRepository tenants;

    PlatformTenantsController(TenantRepository tenants) {
        this.tenants = tenants;
    }

    @GetMapping("/api/v1/platform/tenants")
    List<TenantProfileController.TenantProfile> all() {
        return tenants.findAll(Sort.by("code")).stream().map(TenantProfileController.TenantProfile::of).toList();
    }
}
