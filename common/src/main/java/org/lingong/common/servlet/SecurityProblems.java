package org.lingong.common.servlet;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Spring Security's refusals as problem JSON, with the {@code WWW-Authenticate} challenge of RFC 6750. Plug all three
 * into a service's filter chain: its entry point and access-denied handler, and the bearer token filter's failures.
 */
public final class SecurityProblems {

    private SecurityProblems() {
    }

    /** 401 {@code authentication-required} without a token, {@code invalid-token} with a bad one. */
    public static AuthenticationEntryPoint entryPoint(ProblemResponses problems) {
        return (request, response, error) -> problems.write(request, response, error);
    }

    /** 403 {@code forbidden}, or 401 when nobody signed in. */
    public static AccessDeniedHandler accessDenied(ProblemResponses problems) {
        return (request, response, error) -> problems.write(request, response, error);
    }

    /** A token that cannot be checked now (Keycloak's keys unreachable) is a 503 {@code identity-unavailable}. */
    public static ObjectPostProcessor<BearerTokenAuthenticationFilter> bearerFailures(ProblemResponses problems) {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                filter.setAuthenticationFailureHandler((request, response, error) ->
                        problems.write(request, response, error));
                return filter;
            }
        };
    }
}
