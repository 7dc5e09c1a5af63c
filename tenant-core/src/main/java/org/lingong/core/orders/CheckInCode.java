package org.lingong.core.orders;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a market's check-in QR code carries: a value that changes every {@link #PERIOD}, derived from the market's
 * secret and the time (as TOTP does), so a photo of the code stops working within minutes and nothing is written per
 * rotation. The value of the period before is still accepted — the {@link #PERIOD} of grace a worker needs between
 * scanning and sending.
 */
@Entity
@Table(name = "market_check_in_code")
class CheckInCode {

    static final Duration PERIOD = Duration.ofSeconds(60);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int VALUE_BYTES = 6;

    @Id
    private long marketId;
    /** The market's secret, never shown: hex of 12 random bytes (the column held the fixed code before rotation). */
    private String code;
    private Instant createdAt;

    protected CheckInCode() {
    }

    CheckInCode(long marketId, Instant now) {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        this.marketId = marketId;
        this.code = HexFormat.of().formatHex(bytes);
        this.createdAt = now;
    }

    long marketId() {
        return marketId;
    }

    /** The value to show now, and when the next one replaces it. */
    Current current(Instant now) {
        long period = period(now);
        return new Current(value(period), Instant.ofEpochSecond((period + 1) * PERIOD.toSeconds()));
    }

    record Current(String value, Instant rotatesAt) {
    }

    /** The value of this period or of the one before. */
    boolean accepts(String scanned, Instant now) {
        if (scanned == null) {
            return false;
        }
        byte[] given = scanned.strip().getBytes(StandardCharsets.US_ASCII);
        long period = period(now);
        // Compared in constant time: the comparison must not tell how much of a guess was right.
        return MessageDigest.isEqual(given, value(period).getBytes(StandardCharsets.US_ASCII))
                | MessageDigest.isEqual(given, value(period - 1).getBytes(StandardCharsets.US_ASCII));
    }

    private static long period(Instant now) {
        return Math.floorDiv(now.getEpochSecond(), PERIOD.toSeconds());
    }

    private String value(long period) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HexFormat.of().parseHex(code), "HmacSHA256"));
            byte[] digest = mac.doFinal((marketId + ":" + period).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest, 0, VALUE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
