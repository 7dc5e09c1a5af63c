package org.lingong.core.people.checks;

import java.util.Locale;
import java.util.Optional;

/**
 * The 18-character unified social credit code of GB 32100-2015, over 31 characters (digits and capitals without I, O,
 * Z, S, V), the last a check character by the standard's weights, mod 31. Some lawfully issued codes fail the check
 * character (codes converted from older registrations, some institutions); the profile refuses them all the same,
 * since every employer's registration is now reviewed against its licence, and a typo is far more likely.
 */
public final class CreditCode {

    public enum Problem {
        FORMAT, CHECK_CHARACTER
    }

    static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    public static String normalize(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    public static Optional<Problem> check(String code) {
        if (code.length() != 18 || !code.chars().allMatch(c -> CHARACTERS.indexOf(c) >= 0)) {
            return Optional.of(Problem.FORMAT);
        }
        return checkCharacter(code.substring(0, 17)) == code.charAt(17)
                ? Optional.empty() : Optional.of(Problem.CHECK_CHARACTER);
    }

    /** The check character of the first 17 characters, which must be from the code's character set. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARACTERS.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARACTERS.charAt((31 - sum % 31) % 31);
    }

    /** The first four and last four characters, the rest starred. */
    public static String mask(String code) {
        return Masks.keep(code, 4, 4);
    }
}
