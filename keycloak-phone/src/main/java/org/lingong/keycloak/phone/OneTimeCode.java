package org.lingong.keycloak.phone;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A code of random digits and its digest. Only the digest, bound to the sign-in attempt and the phone, is kept in
 * Keycloak's authentication session, so a session dump gives no code for another attempt or phone.
 */
final class OneTimeCode {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeCode() {
    }

    static String generate(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(RANDOM.nextInt(10));
        }
        return code.toString();
    }

    static String digest(String code, String attempt, String phone) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((attempt + '\n' + phone + '\n' + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares in constant time, so the answer's timing tells nothing about how close a guess was. */
    static boolean matches(String typed, String attempt, String phone, String digest) {
        if (typed == null || digest == null || !typed.strip().matches("[0-9]{4,8}")) {
            return false;
        }
        return MessageDigest.isEqual(digest(typed.strip(), attempt, phone).getBytes(StandardCharsets.US_ASCII),
                digest.getBytes(StandardCharsets.US_ASCII));
    }
}
