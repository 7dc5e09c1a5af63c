package org.lingong.core.tenancy;

import org.lingong.common.tenant.TenantCode;
import org.lingong.core.problem.ApiException;
import org.springframework.http.HttpStatus;

/** The tenant of the request in progress, for controllers of tenant-scoped endpoints. */
public final class CurrentTenant {

    private CurrentTenant() {
    }

    public static TenantCode require() {
        return TenantContext.current().orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "tenant-required"));
    }
}
