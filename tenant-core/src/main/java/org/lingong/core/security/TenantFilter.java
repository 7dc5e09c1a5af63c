package org.lingong.core.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.lingong.common.tenant.TenantAccess;
import org.lingong.common.tenant.TenantCode;
import org.lingong.common.tenant.TrustedHeaders;
import org.lingong.core.problem.ProblemWriter;
import org.lingong.core.registry.TenantDirectory;
import org.lingong.core.registry.TenantStatus;
import org.lingong.core.tenancy.TenantContext;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
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
    private final ProblemWriter problems;

    TenantFilter(TenantDirectory tenants, ProblemWriter problems) {
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
        String header = request.getHeader(TrustedHeaders.TENANT);
        if (header == null) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "tenant-required");
            return;
        }
        Optional<TenantCode> code = TenantCode.parse(header);
        if (code.isEmpty()) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "invalid-tenant-code");
            return;
        }
        Optional<TenantDirectory.Entry> tenant = tenants.find(code.get().value());
        if (tenant.isEmpty()) {
            problems.write(request, response, HttpStatus.NOT_FOUND, "tenant-not-found");
            return;
        }
        boolean write = TenantAccess.isWrite(request.getMethod());
        if (write && tenant.get().status() == TenantStatus.SUSPENDED) {
            problems.write(request, response, HttpStatus.LOCKED, "tenant-suspended");
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt
                && !TenantAccess.allows(Callers.of(jwt.getToken()), code.get().value(), tenant.get().provinceCode(), write)) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "tenant-forbidden");
            return;
        }
        MDC.put("tenant", code.get().value());
        try (TenantContext.Scope ignored = TenantContext.open(code.get())) {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("tenant");
        }
    }
}
