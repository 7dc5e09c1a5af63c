package org.lingong.core.orders;

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
 * A check-in code that changes every {@link #PERIOD}, derived from a secret and the time (as TOTP does), so a photo of
 * the code stops working within minutes and nothing is written per rotation. The value of the period before is still
 * accepted — the {@link #PERIOD} of grace a worker needs between reading and sending. A market shows one on its QR
 * code, an employer one on its phone.
 */
final class RotatingCode {

    static final Duration PERIOD = Duration.ofSeconds(60);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Eight digits: typed on a phone when read off the employer's screen, and 10^8 values to guess from. */
    private static final int DIGITS = 100_000_000;

    private final byte[] secret;
    private final String subject;

    /** {@code secretHex} from {@link #newSecret()}; {@code subject} names what the code is for (a market, a job). */
    RotatingCode(String secretHex, String subject) {
        this.secret = HexFormat.of().parseHex(secretHex);
        this.subject = subject;
    }

    /** Hex of 12 random bytes, never shown. */
    static String newSecret() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The value to show now, and when the next one replaces it. */
    Current current(Instant now) {
        long period = period(now);
        return new Current(value(period), Instant.ofEpochSecond((period + 1) * PERIOD.toSeconds()));
    }

    record Current(String value, Instant rotatesAt) {
    }

    /** The value of this period or of the one before. */
    boolean accepts(String given, Instant now) {
        if (given == null) {
            return false;
        }
        byte[] bytes = given.strip().getBytes(StandardCharsets.US_ASCII);
        long period = period(now);
        // Compared in constant time: the comparison must not tell how much of a guess was right.
        return MessageDigest.isEqual(bytes, value(period).getBytes(StandardCharsets.US_ASCII))
                | MessageDigest.isEqual(bytes, value(period - 1).getBytes(StandardCharsets.US_ASCII));
    }

    private static long period(Instant now) {
        return Math.floorDiv(now.getEpochSecond(), PERIOD.toSeconds());
    }

    private String value(long period) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((subject + ":" + period).getBytes(StandardCharsets.US_ASCII));
            // Dynamic truncation as in RFC 4226: four bytes at an offset the digest chooses.
            int offset = digest[digest.length - 1] & 0x0f;
            int bits = ((digest[offset] & 0x7f) << 24) | ((digest[offset + 1] & 0xff) << 16)
                    | ((digest[offset + 2] & 0xff) << 8) | (digest[offset + 3] & 0xff);
            return String.format("%08d", bits % DIGITS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
