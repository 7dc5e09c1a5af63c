package org.lingong.gateway.security;

import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.TenantAccess;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Mono;

/**
 * {@code /api/v1/platform/provinces/{province}/**}: a province's own lists, outside every tenant, kept by that
 * province's admin or a platform admin ({@link TenantAccess#governsProvince}); anyone else is refused with 403
 * {@code province-forbidden}, as tenant-core refuses them behind it.
 */
final class ProvinceAuthorization implements ReactiveAuthorizationManager<AuthorizationContext> {

    static final String PATH = "/api/v1/platform/provinces/{province}/**";

    @Override
    public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
        String province = String.valueOf(context.getVariables().get("province"));
        return authentication
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .map(token -> TenantAccess.governsProvince(
                        TenantAccess.Caller.fromClaims(token.getToken().getClaims()), province))
                .flatMap(governs -> governs ? Mono.<AuthorizationResult>just(new AuthorizationDecision(true))
                        : Mono.error(new ProblemException(ProblemType.PROVINCE_FORBIDDEN)))
                // No token: denied, which the entry point answers 401.
                .defaultIfEmpty(new AuthorizationDecision(false));
    }
}
