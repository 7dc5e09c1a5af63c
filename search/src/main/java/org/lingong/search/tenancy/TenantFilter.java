package org.lingong.search.tenancy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.servlet.ProblemResponses;
import org.lingong.common.tenant.TenantAccess;
import org.lingong.common.tenant.TenantCode;
import org.lingong.common.tenant.TrustedHeaders;
import org.slf4j.MDC;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Scopes every {@code /api/**} request to the tenant of the gateway's trusted header, after checking again (defence
 * in depth) that the caller's token may act in it. Whether the tenant exists and is open is not checked here: the
 * gateway and tenant-core own the registry and its statuses. Controllers read the tenant from the request attribute
 * {@value #TENANT}.
 */
public final class TenantFilter extends OncePerRequestFilter {

    /** Request attribute holding the request's {@link TenantCode}. */
    public static final String TENANT = "org.lingong.search.tenant";

    private static final String MDC_KEY = "tenant";

    private final ProblemResponses problems;

    public TenantFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TenantCode tenant;
        try {
            tenant = tenantOf(request);
        } catch (ProblemException refused) {
            problems.write(request, response, refused);
            return;
        }
        request.setAttribute(TENANT, tenant);
        MDC.put(MDC_KEY, tenant.value());
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    private static TenantCode tenantOf(HttpServletRequest request) {
        String header = request.getHeader(TrustedHeaders.TENANT);
        if (header == null) {
            throw new ProblemException(ProblemType.TENANT_REQUIRED);
        }
        TenantCode tenant = TenantCode.require(header);
        // Without a token the authorization rules answer 401 next; with one, it must allow this tenant.
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken jwt
                && !TenantAccess.allows(TenantAccess.Caller.fromClaims(jwt.getToken().getClaims()), tenant.value(),
                        request.getHeader(TrustedHeaders.TENANT_PROVINCE), TenantAccess.isWrite(request.getMethod()))) {
            throw new ProblemException(ProblemType.TENANT_FORBIDDEN, tenant.value());
        }
        return tenant;
    }
}
