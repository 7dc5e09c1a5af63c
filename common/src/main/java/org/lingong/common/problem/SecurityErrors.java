package org.lingong.common.problem;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.util.ClassUtils;

/** Spring Security's refusals; loaded only where Spring Security is on the class path. */
final class SecurityErrors {

    private static final Logger log = LoggerFactory.getLogger(SecurityErrors.class);
    private static final String OAUTH2_ERROR = "org.springframework.security.oauth2.core.OAuth2AuthenticationException";
    /** A token that was sent but is bad (present where OAuth2 is). */
    private static final @Nullable Class<?> INVALID_TOKEN = ClassUtils.isPresent(OAUTH2_ERROR,
            SecurityErrors.class.getClassLoader()) ? ClassUtils.resolveClassName(OAUTH2_ERROR, null) : null;

    private SecurityErrors() {
    }

    static @Nullable ProblemException translate(Throwable error) {
        if (error instanceof AuthenticationServiceException) {
            // Keycloak's signing keys cannot be fetched: the token may well be valid, so 503, not 401.
            log.warn("Cannot verify access tokens: {}", error.getMessage());
            return ProblemException.causedBy(error, ProblemType.IDENTITY_UNAVAILABLE);
        }
        if (error instanceof AuthenticationException) {
            return INVALID_TOKEN != null && INVALID_TOKEN.isInstance(error)
                    ? new ProblemException(ProblemType.INVALID_TOKEN)
                            .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                    : new ProblemException(ProblemType.AUTHENTICATION_REQUIRED)
                            .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (error instanceof AccessDeniedException) {
            return new ProblemException(ProblemType.FORBIDDEN);
        }
        return null;
    }
}
