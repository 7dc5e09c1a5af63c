package org.lingong.core.people.pii;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.lingong.common.config.DevDefaultsGuard;
import org.lingong.common.config.KeyRing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Personal data at rest (PIPL): values are sealed with AES-256-GCM under the current key of a {@link KeyRing}, a fresh
 * random 96-bit nonce each, stored as {@code 0x01 || len || keyId || nonce || ciphertext+tag}. The format byte and key
 * id, the column's name and the row's id are the associated data, so a sealed value opens only where it was written:
 * not in another column, not in another person's row, not under a relabelled key. Old keys stay in the ring to open
 * what they sealed until a re-seal ({@code PersonalDataKeys}) moves every row to the current key.
 * <p>
 * Lookups and uniqueness use a blind index, HMAC-SHA256 of the column and the normalized value under a separate index
 * key, so equal values are found without opening any row. The index key is not part of the ring: a new one would need
 * every index recomputed while lookups miss, so it is set once.
 * <p>
 * Services call this explicitly rather than through a JPA converter: the blind index must be computed from the same
 * clear value in the same step, and entities then never hold a clear value that could reach a log line.
 */
@Component
public class PiiCipher {

    /**
     * The development key in application.yaml ("dev-only-pii-key-not-for-prod!!!"), refused outside the dev profile;
     * the development index key is refused by common's DevDefaultsGuard.
     */
    static final String DEV_KEY = "ZGV2LW9ubHktcGlpLWtleS1ub3QtZm9yLXByb2QhISE=";

    private static final byte FORMAT = 1;
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final KeyRing ring;
    private final SecretKeySpec indexKey;

    @Autowired
    PiiCipher(@Value("${lingong.pii.keys}") String keys, @Value("${lingong.pii.index-key}") String indexKey,
              Environment environment) {
        this(keys, indexKey, !environment.acceptsProfiles(Profiles.of(DevDefaultsGuard.DEV_PROFILE)));
    }

    public PiiCipher(String keys, String indexKey, boolean production) {
        this.ring = KeyRing.parse("lingong.pii.keys (LINGONG_PII_KEYS)", keys, KEY_BYTES, KEY_BYTES, DEV_KEY,
                production);
        byte[] index = Base64.getDecoder().decode(indexKey.strip());
        if (index.length != KEY_BYTES) {
            throw new IllegalStateException("lingong.pii.index-key (LINGONG_PII_INDEX_KEY) must be base64 of 32 bytes;"
                    + " it has " + index.length);
        }
        this.indexKey = new SecretKeySpec(index, "HmacSHA256");
        Arrays.fill(index, (byte) 0);
    }

    /** The id of the key new values are sealed under. */
    public String currentKeyId() {
        return ring.currentId();
    }

    /** Seals a normalized value for one column of one row and computes its blind index; {@code masked} is kept. */
    public Sealed protect(String column, UUID row, String normalized, String masked) {
        return new Sealed(seal(column, row, normalized), blindIndex(column, normalized), masked);
    }

    /** Seals a value for one column (e.g. {@code worker.id_number}) of one row, under the current key. */
    public byte[] seal(String column, UUID row, String clear) {
        byte[] header = header(ring.currentId());
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, aesKey(ring.currentId()), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(header, column, row));
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(header.length + NONCE_BYTES + sealed.length).put(header).put(nonce).put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has AES/GCM", e);
        }
    }

    /**
     * Opens a value sealed for the same column and row.
     *
     * @throws SealBroken when it was altered, moved from another column or row, or names a key the ring lacks
     */
    public String open(String column, UUID row, byte[] sealed) {
        String keyId = keyId(sealed).orElseThrow(() -> new SealBroken(column, row, "not in the sealed format"));
        SecretKeySpec key = ring.key(keyId).map(k -> new SecretKeySpec(k, "AES"))
                .orElseThrow(() -> new SealBroken(column, row, "sealed under key " + keyId + ", which is not configured"));
        int headerLength = 2 + keyId.length();
        if (sealed.length < headerLength + NONCE_BYTES + TAG_BITS / 8) {
            throw new SealBroken(column, row, "too short");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, headerLength, NONCE_BYTES));
            cipher.updateAAD(associatedData(Arrays.copyOf(sealed, headerLength), column, row));
            int body = headerLength + NONCE_BYTES;
            return new String(cipher.doFinal(sealed, body, sealed.length - body), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new SealBroken(column, row, "did not authenticate (altered, or written for another row or column)");
        }
    }

    /** The id of the key a value was sealed under; empty when the value is not in the sealed format. */
    public static Optional<String> keyId(byte[] sealed) {
        if (sealed == null || sealed.length < 2 || sealed[0] != FORMAT || sealed.length < 2 + sealed[1]
                || sealed[1] <= 0) {
            return Optional.empty();
        }
        return Optional.of(new String(sealed, 2, sealed[1], StandardCharsets.US_ASCII));
    }

    /**
     * Opens a value sealed before key ids and row binding (nonce || ciphertext+tag, the column alone as associated
     * data), trying each key of the ring. Only the migration that re-seals such values calls this; {@code row} only
     * names the row in the error.
     */
    public String openUnversioned(String column, UUID row, byte[] sealed) {
        for (String id : ring.ids()) {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, aesKey(id), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
                cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
                return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES),
                        StandardCharsets.UTF_8);
            } catch (GeneralSecurityException e) {
                // not this key; the next one, or none
            }
        }
        throw new SealBroken(column, row, "sealed in the old format under none of the configured keys");
    }

    /** The blind index of a normalized value in one column: equal values, equal index; hex, 64 characters. */
    public String blindIndex(String column, String normalized) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return HexFormat.of().formatHex(mac.doFinal((column + "\u0000" + normalized)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    private SecretKeySpec aesKey(String id) {
        return new SecretKeySpec(ring.key(id).orElseThrow(), "AES");
    }

    private static byte[] header(String keyId) {
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(2 + id.length).put(FORMAT).put((byte) id.length).put(id).array();
    }

    private static byte[] associatedData(byte[] header, String column, UUID row) {
        byte[] where = (column + "\u0000" + row).getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(header.length + 1 + where.length).put(header).put((byte) 0).put(where).array();
    }

    /** A sealed value that does not open here; never carries the value. */
    public static final class SealBroken extends IllegalStateException {

        SealBroken(String column, UUID row, String why) {
            super("sealed " + column + " of row " + row + ": " + why);
        }
    }
}
