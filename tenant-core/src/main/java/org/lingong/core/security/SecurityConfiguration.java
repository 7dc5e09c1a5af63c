package org.lingong.core.security;

import java.util.List;
import org.lingong.common.servlet.ProblemResponses;
import org.lingong.common.servlet.SecurityProblems;
import org.lingong.common.servlet.ServiceClient;
import org.lingong.common.tenant.Roles;
import org.lingong.core.registry.TenantDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every API call carries a Keycloak token except the public reads; {@code /internal} is for the platform's own
 * services, of which Keycloak's client may only send SMS codes ({@code /internal/v1/sms}); {@code /api/v1/platform}
 * for platform admins; tenant-scoped calls pass {@link TenantFilter}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, TenantDirectory tenants, ProblemResponses problems,
            @Value("${lingong.internal.callers}") List<String> internalCallers,
            @Value("${lingong.sms.caller}") String smsCaller) throws Exception {
        // Keycloak's client sends sign-in codes and nothing else, even if it were listed among the callers.
        List<String> services = internalCallers.stream().filter(caller -> !caller.equals(smsCaller)).toList();
        return SecurityProblems.answerRefusals(http, problems)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        // Actuator exists on the management port only, kept inside the cluster; on the public port
                        // the path has no handler and answers 404.
                        .requestMatchers("/actuator/**", "/v3/api-docs/**", "/error").permitAll()
                        .requestMatchers("/internal/v1/sms/**").access(ServiceClient.only(List.of(smsCaller)))
                        .requestMatchers("/internal/**").access(ServiceClient.only(services))
                        // The dev mailbox exists in the dev profile only; elsewhere nothing answers there (404).
                        .requestMatchers(HttpMethod.GET, "/dev/sms-outbox").permitAll()
                        // Province admins list the cities of their province (the controller filters them).
                        .requestMatchers(HttpMethod.GET, "/api/v1/platform/tenants")
                        .hasAnyRole(Roles.PLATFORM_ADMIN, Roles.PROVINCE_ADMIN)
                        // A province's own lists: the controller lets only that province's admin in.
                        .requestMatchers("/api/v1/platform/provinces/*/**")
                        .hasAnyRole(Roles.PLATFORM_ADMIN, Roles.PROVINCE_ADMIN)
                        .requestMatchers("/api/v1/platform/**").hasRole(Roles.PLATFORM_ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/v1/tenant", "/api/v1/tenant/logo").permitAll()
                        // Open jobs and the categories are public; controllers keep everything else for staff.
                        .requestMatchers(HttpMethod.GET, "/api/v1/job-categories", "/api/v1/jobs/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/maps/convert").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/network/directory", "/api/v1/network/map.geojson")
                        .permitAll()
                        // Nearby search (jobs/nearby matches /api/v1/jobs/* above), the network near a person and the
                        // jobs near a market are public too.
                        .requestMatchers(HttpMethod.GET, "/api/v1/network/nearby", "/api/v1/markets/*/jobs")
                        .permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(SecurityConfiguration::withRealmRoles)))
                .addFilterAfter(new TenantFilter(tenants, problems), BearerTokenAuthenticationFilter.class)
                .build();
    }

    /** Keycloak realm roles become {@code ROLE_<role>} authorities, e.g. {@code ROLE_city-admin}. */
    private static AbstractAuthenticationToken withRealmRoles(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, Callers.roles(jwt).stream()
                .map(role -> new SimpleGrantedAuthority(Roles.authority(role))).toList(), jwt.getSubject());
    }

}
