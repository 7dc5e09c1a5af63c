package org.lingong.gateway.security;

import java.time.Duration;
import java.time.Instant;
import org.lingong.gateway.tenant.RevokedSubjects;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Refuses the token of an account disabled after the token was issued, so a disabled staff member is out within
 * seconds rather than when the access token expires. Spring Boot adds every token validator bean to the resource
 * server's decoder; a refusal is a 401 {@code invalid-token}.
 */
@Component
class RevokedTokens implements OAuth2TokenValidator<Jwt> {

    /**
     * Keycloak stamps the token, tenant-core's database the revocation: a token stamped up to this much after the
     * revocation by a clock running ahead still counts as issued before it.
     */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);
    private static final OAuth2Error REVOKED = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
            "The account was disabled after this token was issued", null);

    private final RevokedSubjects revoked;

    RevokedTokens(RevokedSubjects revoked) {
        this.revoked = revoked;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        Instant issued = token.getIssuedAt();
        boolean revokedSince = token.getSubject() != null && revoked.revokedAt(token.getSubject())
                .filter(at -> issued == null || !issued.isAfter(at.plus(CLOCK_SKEW))).isPresent();
        return revokedSince ? OAuth2TokenValidatorResult.failure(REVOKED) : OAuth2TokenValidatorResult.success();
    }
}
