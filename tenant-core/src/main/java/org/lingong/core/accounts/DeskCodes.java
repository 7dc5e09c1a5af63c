package org.lingong.core.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.sms.VerificationCodes;
import org.lingong.core.tenancy.CurrentTenant;
import org.lingong.core.sms.VerificationSms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The code a desk sends to confirm a walk-in's phone, with the same rules as the sign-in form: six digits from a strong
 * random source, five minutes, five tries, used once. Sent by the city's SMS settings (and limits) through
 * {@link VerificationCodes}; only a digest is kept, so the table holds neither the phone nor the code.
 */
@Service
class DeskCodes {

    static final int LENGTH = 6;
    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int TRIES = 5;

    private final VerificationCodes sms;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DeskCodes(VerificationCodes sms, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.sms = sms;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    record Issued(UUID attempt, Instant expiresAt) {
    }

    /** Sends a new code; the row exists only if the message left (the provider is called outside any transaction). */
    Issued issue(String phone, String staff) {
        UUID attempt = UUID.randomUUID();
        String code = String.format("%0" + LENGTH + "d", random.nextInt((int) Math.pow(10, LENGTH)));
        Instant expires = clock.instant().plus(LIFETIME);
        transaction.executeWithoutResult(tx -> {
            jdbc.sql("delete from desk_code where expires_at < ?").param(Timestamp.from(clock.instant())).update();
            jdbc.sql("insert into desk_code (id, digest, expires_at, issued_by) values (?, ?, ?, ?)")
                    .params(attempt, digest(attempt, phone, code), Timestamp.from(expires), staff).update();
        });
        try {
            sms.send(new VerificationSms(CurrentTenant.require().value(), phone, code,
                    (int) LIFETIME.toMinutes()));
        } catch (RuntimeException notSent) {
            jdbc.sql("delete from desk_code where id = ?").param(attempt).update();
            throw notSent;
        }
        return new Issued(attempt, expires);
    }

    /**
     * Uses the attempt's code for this phone, or refuses with one answer for a wrong, expired, used or unknown code.
     * A wrong try is counted (committed even though the request fails); the fifth spends the code.
     */
    void redeem(UUID attempt, String phone, String code) {
        boolean accepted = Boolean.TRUE.equals(transaction.execute(tx -> {
            Optional<Map<String, Object>> row = jdbc.sql("select digest, tries, expires_at from desk_code"
                    + " where id = ? for update").param(attempt).query().listOfRows().stream().findFirst();
            if (row.isEmpty()) {
                return false;
            }
            boolean live = ((Timestamp) row.get().get("expires_at")).toInstant().isAfter(clock.instant());
            boolean right = live && MessageDigest.isEqual((byte[]) row.get().get("digest"),
                    digest(attempt, phone, code));
            if (right || ((Number) row.get().get("tries")).intValue() + 1 >= TRIES || !live) {
                jdbc.sql("delete from desk_code where id = ?").param(attempt).update();
            } else {
                jdbc.sql("update desk_code set tries = tries + 1 where id = ?").param(attempt).update();
            }
            return right;
        }));
        if (!accepted) {
            throw new ProblemException(ProblemType.DESK_CODE_INVALID);
        }
    }

    private static byte[] digest(UUID attempt, String phone, String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest((attempt + "\u0000" + phone + "\u0000" + code)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
