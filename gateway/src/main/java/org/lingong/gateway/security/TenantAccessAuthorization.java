package org.lingong.gateway.security;

import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.TenantAccess;
import org.lingong.gateway.tenant.RegisteredTenant;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A token must cover the tenant it acts in ({@link TenantAccess}), or the request is refused with 403
 * {@code tenant-forbidden}, the services' answer to the same refusal. Requests without a token pass: the services
 * decide which of their endpoints are public.
 */
final class TenantAccessAuthorization implements ReactiveAuthorizationManager<AuthorizationContext> {

    private static final AuthorizationResult GRANTED = new AuthorizationDecision(true);

    @Override
    public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
        ServerWebExchange exchange = context.getExchange();
        return authentication
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .flatMap(token -> RegisteredTenant.of(exchange)
                        .filter(tenant -> !TenantAccess.allows(caller(token), tenant.code(), tenant.province(),
                                TenantAccess.isWrite(exchange.getRequest().getMethod().name())))
                        // Not an access-denied decision: that would say forbidden, not which city is refused.
                        .map(tenant -> Mono.<AuthorizationResult>error(
                                new ProblemException(ProblemType.TENANT_FORBIDDEN, tenant.code())))
                        .orElse(Mono.just(GRANTED)))
                .defaultIfEmpty(GRANTED);
    }

    /** The caller as the token's claims describe it (the same reading every service applies). */
    private static TenantAccess.Caller caller(JwtAuthenticationToken token) {
        return TenantAccess.Caller.fromClaims(token.getToken().getClaims());
    }
}
