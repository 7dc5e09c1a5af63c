package org.lingong.search.jobs;

import org.lingong.common.tenant.TenantCode;
import org.lingong.search.problem.ProblemException;
import org.springframework.http.HttpStatus;

/** A tenant code from a request that is not one: 400 {@code invalid-tenant-code}. */
class InvalidTenantCodeException extends ProblemException {

    private InvalidTenantCodeException(String code) {
        super(HttpStatus.BAD_REQUEST, "invalid-tenant-code", "Invalid tenant code: " + code, code);
    }

    /** The code as a {@link TenantCode}, checked before it becomes part of an alias name, filter or routing key. */
    static TenantCode check(String code) {
        return TenantCode.parse(code).orElseThrow(() -> new InvalidTenantCodeException(code));
    }
}
