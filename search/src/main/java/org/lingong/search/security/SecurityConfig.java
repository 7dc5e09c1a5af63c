package org.lingong.search.security;

import java.util.List;
import org.lingong.common.servlet.ProblemResponses;
import org.lingong.common.servlet.SecurityProblems;
import org.lingong.common.servlet.ServiceClient;
import org.lingong.common.tenant.TenantAccess;
import org.lingong.common.tenant.TenantCode;
import org.lingong.search.tenancy.TenantFilter;
import org.lingong.search.tenants.TenantDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may call what. Rejections are the platform's problem JSON with their {@code WWW-Authenticate} challenge
 * ({@link SecurityProblems}): 401, 403, and 503 when the token cannot be checked now. Right after the token is read,
 * {@link TenantFilter} scopes {@code /api/**} requests to a tenant the token may act in; the search status (the
 * city's index facts) is for the city's own staff and platform admins only.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http,
            @Value("${lingong.internal.callers}") List<String> internalCallers,
            ProblemResponses problems, TenantDirectory tenants) throws Exception {
        SecurityProblems.answerRefusals(http, problems)
                .authorizeHttpRequests(requests -> requests
                        // Actuator (health, probes, metrics) exists on the management port only, which stays inside
                        // the cluster; on the public port the path has no handler and answers 404.
                        .requestMatchers("/actuator/**").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        // Looking for work needs no account; the tenant still comes from the trusted header.
                        .requestMatchers(HttpMethod.GET, "/api/v1/jobs/nearby", "/api/v1/jobs/nearby/suggest")
                        .permitAll()
                        .requestMatchers("/internal/**").access(ServiceClient.only(internalCallers))
                        .requestMatchers(HttpMethod.GET, "/api/v1/search/status").access(cityOwnStaff())
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .addFilterAfter(new TenantFilter(tenants, problems), BearerTokenAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** The city's own staff or a platform admin ({@link TenantAccess#isOwnStaff}), in the city TenantFilter resolved. */
    private static AuthorizationManager<RequestAuthorizationContext> cityOwnStaff() {
        return (authentication, context) -> new AuthorizationDecision(
                authentication.get() instanceof JwtAuthenticationToken token
                        && context.getRequest().getAttribute(TenantFilter.TENANT) instanceof TenantCode tenant
                        && TenantAccess.isOwnStaff(TenantAccess.Caller.fromClaims(token.getToken().getClaims()),
                                tenant.value()));
    }
}
