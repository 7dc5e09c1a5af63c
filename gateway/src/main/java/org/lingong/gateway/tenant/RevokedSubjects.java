package org.lingong.gateway.tenant;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Accounts whose tokens stop working before they expire: tenant-core lists in its registry feed every account disabled
 * within the last few minutes (longer than an access token lives) with the time it was disabled, and a token of such
 * an account issued before that time is refused ({@code security.RevokedTokens}). The list arrives with the registry,
 * so a disabled account is refused within one poll interval.
 */
@Component
public class RevokedSubjects {

    /** One disabled account: its Keycloak user id (the token's {@code sub}) and when it was disabled. */
    public record Revocation(String subject, Instant revokedAt) {
    }

    private volatile Map<String, Instant> revoked = Map.of();

    /** When the account was disabled, if it was recently. */
    public Optional<Instant> revokedAt(String subject) {
        return Optional.ofNullable(revoked.get(subject));
    }

    void replace(List<Revocation> revocations) {
        revoked = revocations.stream().collect(Collectors.toUnmodifiableMap(Revocation::subject,
                Revocation::revokedAt, (first, second) -> first.isAfter(second) ? first : second));
    }
}
