package org.lingong.gateway;

import org.springframework.core.Ordered;

/**
 * The order of the gateway's own web filters. All run before Spring Security's filter chain (order -100), so the
 * security rules see the resolved tenant and the path without its {@code /t/{tenant}} prefix. The rate limits run
 * inside that chain, right after authentication, where the caller is known.
 */
public final class FilterOrder {

    /** Request id, access log, and problem JSON for every error below it. */
    public static final int REQUEST_LOG = Ordered.HIGHEST_PRECEDENCE;
    public static final int TENANT_RESOLUTION = REQUEST_LOG + 1;
    /** Bodies are bounded before anything reads them. */
    public static final int BODY_LIMIT = TENANT_RESOLUTION + 1;

    private FilterOrder() {
    }
}
