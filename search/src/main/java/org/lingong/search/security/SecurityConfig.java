package org.lingong.search.security;

import java.util.List;
import org.lingong.common.servlet.ProblemResponses;
import org.lingong.common.servlet.SecurityProblems;
import org.lingong.common.servlet.ServiceClient;
import org.lingong.search.tenancy.TenantFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. Rejections are the platform's problem JSON with their {@code WWW-Authenticate} challenge
 * ({@link SecurityProblems}): 401, 403, and 503 when the token cannot be checked now. Right after the token is read,
 * {@link TenantFilter} scopes {@code /api/**} requests to a tenant the token may act in.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http,
            @Value("${lingong.internal.callers}") List<String> internalCallers,
            ProblemResponses problems) throws Exception {
        SecurityProblems.answerRefusals(http, problems)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/prometheus").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        // Looking for work needs no account; the tenant still comes from the trusted header.
                        .requestMatchers(HttpMethod.GET, "/api/v1/jobs/nearby", "/api/v1/jobs/nearby/suggest")
                        .permitAll()
                        .requestMatchers("/internal/**").access(ServiceClient.only(internalCallers))
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .addFilterAfter(new TenantFilter(problems), BearerTokenAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
