package org.lingong.gateway.security;

import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.Roles;
import org.lingong.gateway.ratelimit.RateLimits;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import reactor.core.publisher.Mono;

/**
 * Bearer tokens from Keycloak, checked against the JWK set (cached, so a short Keycloak outage does not stop
 * traffic), the issuer and the {@code lingong-api} audience; then the rate limits of the caller so identified
 * ({@link RateLimits}). Refusals become problem JSON in the request log filter: 401 {@code authentication-required} or
 * {@code invalid-token}, 429 {@code rate-limited}, 403 {@code forbidden}, and 403 {@code tenant-forbidden} from
 * {@link TenantAccessAuthorization}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String PLATFORM_API = "/api/v1/platform/**";

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, RateLimits rateLimits) {
        // Problem JSON is written by the outermost filter (RequestLogFilter), so refusals are access-logged too.
        ServerAuthenticationEntryPoint unauthenticated = (exchange, error) -> Mono.error(error);
        // A token that fails verification counts against its client's address: a flood of bad tokens is refused too.
        ServerAuthenticationEntryPoint invalidToken = (exchange, error) -> rateLimits.chargeFailedToken(exchange)
                .then(Mono.error(error));
        ServerAccessDeniedHandler denied = (exchange, error) -> Mono.error(error);
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> exchanges
                        // Province admins list the cities of their province; tenant-core filters the list.
                        .pathMatchers(HttpMethod.GET, "/api/v1/platform/tenants")
                        .hasAnyAuthority(Roles.PLATFORM_ADMIN, Roles.PROVINCE_ADMIN)
                        // A province's own lists: its province admin writes them (the one place one writes).
                        .pathMatchers(ProvinceAuthorization.PATH).access(new ProvinceAuthorization())
                        .pathMatchers(PLATFORM_API).hasAuthority(Roles.PLATFORM_ADMIN)
                        .anyExchange().access(new TenantAccessAuthorization()))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(invalidToken)
                        .accessDeniedHandler(denied))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .addFilterAfter(CallerSubject.recorder(), SecurityWebFiltersOrder.AUTHENTICATION)
                // Before any authorization decision, so refused requests count too.
                .addFilterBefore(rateLimits.afterAuthentication(), SecurityWebFiltersOrder.AUTHORIZATION)
                .build();
    }

    /** Requests Spring Security's firewall refuses (odd methods, encoded separators, control characters). */
    @Bean
    ServerExchangeRejectedHandler rejectedAsProblem() {
        return (exchange, rejected) -> Mono.error(new ProblemException(ProblemType.INVALID_REQUEST));
    }
}
