package org.lingong.common.servlet;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Spring Security's refusals as problem JSON, with the {@code WWW-Authenticate} challenge of RFC 6750: 401
 * {@code authentication-required} without a token, {@code invalid-token} with a bad one, 403 {@code forbidden} (401
 * when nobody signed in), and 503 {@code identity-unavailable} when a token cannot be checked now (Keycloak's keys
 * unreachable).
 */
public final class SecurityProblems {

    private SecurityProblems() {
    }

    /** Makes the filter chain answer every refusal as problem JSON: a service calls it once on its chain. */
    public static HttpSecurity answerRefusals(HttpSecurity http, ProblemResponses problems) throws Exception {
        AuthenticationEntryPoint unauthenticated = problems::write;
        AccessDeniedHandler denied = problems::write;
        return http
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied)
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(problems::write);
                                return filter;
                            }
                        }))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied));
    }
}
