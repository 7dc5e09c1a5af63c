package org.lingong.gateway.tenant;

import java.util.List;
import java.util.Optional;
import org.springframework.web.server.ServerWebExchange;

/**
 * One routable tenant as tenant-core's registry describes it.
 *
 * @param province           GB/T 2260 two-digit province code
 * @param status             {@code ACTIVE} or {@code SUSPENDED} (read-only)
 * @param domains            custom host names that resolve to this tenant besides {@code <code>.<platform domain>}
 * @param rateLimitPerSecond requests per second for the tenant, per gateway replica; none means the default
 */
public record RegisteredTenant(String code, String province, String status, List<String> domains,
        Integer rateLimitPerSecond) {

    private static final String ATTRIBUTE = RegisteredTenant.class.getName();

    /** The tenant the current request was resolved to, if it is tenant scoped. */
    public static Optional<RegisteredTenant> of(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(ATTRIBUTE));
    }

    void attachTo(ServerWebExchange exchange) {
        exchange.getAttributes().put(ATTRIBUTE, this);
    }

    boolean suspended() {
        return "SUSPENDED".equals(status);
    }

    boolean routable() {
        return "ACTIVE".equals(status) || suspended();
    }

    List<String> domainsOrEmpty() {
        return domains == null ? List.of() : domains;
    }
}
