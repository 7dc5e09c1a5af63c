package org.lingong.core.people.pii;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Personal data at rest (PIPL): values are sealed with AES-256-GCM, a fresh random 96-bit nonce each, stored as
 * {@code nonce || ciphertext+tag}; the column's name is bound in as associated data, so a sealed ID number copied into
 * the phone column no longer opens. Lookups and uniqueness use a blind index, HMAC-SHA256 of the normalized value
 * under a second key derived from the configured one, so equal values can be found without decrypting any row.
 *
 * <p>Services call this explicitly rather than through a JPA converter: the blind index must be computed from the
 * same clear value in the same step, and entities then never hold a clear value that could reach a log line.
 */
@Component
public class PiiCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec sealKey;
    private final SecretKeySpec indexKey;

    /** The development key in application.yaml is refused outside the dev profile (common's DevDefaultsGuard). */
    PiiCipher(@Value("${lingong.pii.key}") String base64Key) {
        byte[] key = Base64.getDecoder().decode(base64Key.strip());
        if (key.length != 32) {
            throw new IllegalStateException("lingong.pii.key must be 32 bytes, base64-encoded; it is " + key.length);
        }
        this.sealKey = new SecretKeySpec(key, "AES");
        this.indexKey = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "blind-index"), "HmacSHA256");
        Arrays.fill(key, (byte) 0);
    }

    /** Seals a normalized value for one column and computes its blind index; {@code masked} is kept as given. */
    public Sealed protect(String column, String normalized, String masked) {
        return new Sealed(seal(column, normalized), blindIndex(column, normalized), masked);
    }

    /** Seals a value for one column, named by {@code column} (e.g. {@code worker.id_number}). */
    public byte[] seal(String column, String clear) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    /** Opens a value sealed for the same column; fails when it was altered or sealed for another column or key. */
    public String open(String column, byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sealKey, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("opening a sealed " + column + " failed", e);
        }
    }

    /** The blind index of a normalized value in one column: equal values, equal index; hex, 64 characters. */
    public String blindIndex(String column, String normalized) {
        return HexFormat.of().formatHex(hmac(indexKey, column + "\u0000" + normalized));
    }

    private static byte[] hmac(SecretKeySpec key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC failed", e);
        }
    }
}
