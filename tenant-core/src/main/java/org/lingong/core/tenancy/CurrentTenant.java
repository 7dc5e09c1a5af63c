package org.lingong.core.tenancy;

import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.TenantCode;

/** The tenant of the request in progress, for controllers of tenant-scoped endpoints. */
public final class CurrentTenant {

    private CurrentTenant() {
    }

    public static TenantCode require() {
        return TenantContext.current().orElseThrow(() -> new ProblemException(ProblemType.TENANT_REQUIRED));
    }
}
