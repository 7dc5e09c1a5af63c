package org.lingong.search.tenancy;

import org.lingong.common.tenant.TenantCode;
import org.lingong.search.problem.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A request without a usable tenant: 400 {@code tenant-required} or {@code invalid-tenant-code}, 403
 * {@code tenant-forbidden}. The codes and statuses are tenant-core's, so clients see one scheme on every service.
 */
public final class TenantException extends ProblemException {

    private TenantException(HttpStatus status, String code, String message, Object... detailArguments) {
        super(status, code, message, detailArguments);
    }

    /** The code as a {@link TenantCode}, checked before it becomes part of an alias name, filter or routing key. */
    public static TenantCode check(String code) {
        return TenantCode.parse(code).orElseThrow(() -> new TenantException(HttpStatus.BAD_REQUEST,
                "invalid-tenant-code", "Invalid tenant code: " + code, code));
    }

    static TenantException required() {
        return new TenantException(HttpStatus.BAD_REQUEST, "tenant-required", "No tenant header");
    }

    static TenantException forbidden(TenantCode tenant) {
        return new TenantException(HttpStatus.FORBIDDEN, "tenant-forbidden",
                "The token may not act in tenant " + tenant, tenant.value());
    }
}
