package org.lingong.core.security;

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
import org.lingong.core.registry.TenantDirectory;
import org.lingong.core.registry.TenantStatus;
import org.lingong.core.tenancy.TenantContext;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Opens the tenant context of every tenant-scoped API request from the gateway's trusted header, after checking again
 * (defence in depth) that the tenant is routable and that the caller's token may act in it.
 */
class TenantFilter extends OncePerRequestFilter {

    private final TenantDirectory tenants;
    private final ProblemResponses problems;

    TenantFilter(TenantDirectory tenants, ProblemResponses problems) {
        this.tenants = tenants;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !path.startsWith("/api/") || path.startsWith("/api/v1/platform/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TenantCode code;
        try {
            code = tenantOf(request);
        } catch (ProblemException refused) {
            problems.write(request, response, refused);
            return;
        }
        MDC.put("tenant", code.value());
        try (TenantContext.Scope ignored = TenantContext.open(code)) {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("tenant");
        }
    }

    private TenantCode tenantOf(HttpServletRequest request) {
        String header = request.getHeader(TrustedHeaders.TENANT);
        if (header == null) {
            throw new ProblemException(ProblemType.TENANT_REQUIRED);
        }
        TenantCode code = TenantCode.require(header);
        TenantDirectory.Entry tenant = tenants.find(code.value())
                .orElseThrow(() -> new ProblemException(ProblemType.UNKNOWN_TENANT, code.value()));
        boolean write = TenantAccess.isWrite(request.getMethod());
        if (write && tenant.status() == TenantStatus.SUSPENDED) {
            throw new ProblemException(ProblemType.TENANT_SUSPENDED, code.value());
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt
                && !TenantAccess.allows(Callers.of(jwt.getToken()), code.value(), tenant.provinceCode(), write)) {
            throw new ProblemException(ProblemType.TENANT_FORBIDDEN, code.value());
        }
        return code;
    }
}
