package org.lingong.common.tenant;

import java.util.Optional;
import java.util.regex.Pattern;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;

/**
 * A tenant's code, e.g. {@code suqian}: lower-case ASCII letter first, then letters, digits or underscores, 2–31
 * characters. It becomes part of a schema name ({@code t_suqian}), a host name and an index alias, so anything else —
 * upper case, unicode look-alikes, dots, slashes, quotes, semicolons — is refused before it gets near SQL or a URL.
 */
public record TenantCode(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9_]{1,30}");

    public TenantCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("invalid tenant code");
        }
    }

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    public static Optional<TenantCode> parse(String value) {
        return isValid(value) ? Optional.of(new TenantCode(value)) : Optional.empty();
    }

    /** The code a request names, or a 400 {@code invalid-tenant} problem. */
    public static TenantCode require(String value) {
        return parse(value).orElseThrow(() -> new ProblemException(ProblemType.INVALID_TENANT));
    }

    /** The PostgreSQL schema holding this tenant's data. */
    public String schema() {
        return "t_" + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
