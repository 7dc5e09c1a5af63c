package org.lingong.search.security;

import java.util.Set;
import org.lingong.search.tenancy.TenantFilter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Who may call what. Rejections keep Spring Security's {@code WWW-Authenticate} challenge and then go to the MVC
 * exception handling, so their bodies are problem details like every other error. Right after the token is read,
 * {@link TenantFilter} scopes {@code /api/**} requests to a tenant the token may act in.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http,
            @Value("${lingong.security.service-clients:lingong-services}") Set<String> serviceClients,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) throws Exception {
        BearerTokenAuthenticationEntryPoint bearerChallenge = new BearerTokenAuthenticationEntryPoint();
        BearerTokenAccessDeniedHandler bearerDenied = new BearerTokenAccessDeniedHandler();
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            bearerChallenge.commence(request, response, e);
            problems.resolveException(request, response, null, e);
        };
        AccessDeniedHandler forbidden = (request, response, e) -> {
            bearerDenied.handle(request, response, e);
            problems.resolveException(request, response, null, e);
        };
        AuthenticationFailureHandler tokenRejected = (request, response, e) -> {
            if (e instanceof AuthenticationServiceException) {
                // Keycloak's signing keys could not be fetched: the token may well be valid, so 503, not 401.
                problems.resolveException(request, response, null, e);
            } else {
                unauthorized.commence(request, response, e);
            }
        };
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/prometheus").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        // Looking for work needs no account; the tenant still comes from the trusted header.
                        .requestMatchers(HttpMethod.GET, "/api/v1/jobs/nearby", "/api/v1/jobs/nearby/suggest")
                        .permitAll()
                        .requestMatchers("/internal/**").access(new ServiceClientAuthorization(serviceClients))
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden)
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(tokenRejected);
                                return filter;
                            }
                        }))
                .addFilterAfter(new TenantFilter(problems), BearerTokenAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
