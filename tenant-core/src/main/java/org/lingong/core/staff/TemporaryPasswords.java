package org.lingong.core.staff;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Passwords to read out or copy once: 16 characters without look-alikes (0/O, 1/l/I), at least one lower-case and
 * upper-case letter, digit and symbol each — so they pass the production realm's password policy
 * ({@code helm/lingong/files/lingong-realm.json}, checked by {@code TemporaryPasswordsTests}).
 */
final class TemporaryPasswords {

    static final int LENGTH = 16;
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "#%+-=?@";
    private static final String ALL = LOWER + UPPER + DIGITS + SYMBOLS;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    static String generate() {
        List<Character> characters = new ArrayList<>(LENGTH);
        for (String kind : List.of(LOWER, UPPER, DIGITS, SYMBOLS)) {
            characters.add(pick(kind));
        }
        while (characters.size() < LENGTH) {
            characters.add(pick(ALL));
        }
        Collections.shuffle(characters, RANDOM);
        StringBuilder password = new StringBuilder(LENGTH);
        characters.forEach(password::append);
        return password.toString();
    }

    private static char pick(String alphabet) {
        return alphabet.charAt(RANDOM.nextInt(alphabet.length()));
    }
}
