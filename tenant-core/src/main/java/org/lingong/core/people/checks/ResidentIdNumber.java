package org.lingong.core.people.checks;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The 18-character resident identity number of GB 11643-1999: 6-digit address code, 8-digit birth date, 3-digit
 * sequence and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
public final class ResidentIdNumber {

    /** What is wrong with a number; each has its own message key {@code people.idNumber.<key>}. */
    public enum Problem {
        FORMAT("format"), PROVINCE("province"), BIRTH_DATE("birthDate"), CHECK_DIGIT("checkDigit"), AGE("age");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        public String messageKey() {
            return "people.idNumber." + key;
        }
    }

    /** GB/T 2260 province-level codes, the first two digits of every valid address code (as in platform.province). */
    static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34",
            "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
            "65", "71", "81", "82");

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final int MIN_WORKER_AGE = 16;
    private static final int MAX_WORKER_AGE = 80;

    private ResidentIdNumber() {
    }

    /** Upper-cases the check character and drops surrounding blanks. */
    public static String normalize(String number) {
        return number.strip().toUpperCase(Locale.ROOT);
    }

    /** The first problem of a (normalized) number issued to someone alive on {@code today}, or empty when valid. */
    public static Optional<Problem> check(String number, LocalDate today) {
        if (!number.matches("\\d{17}[\\dX]")) {
            return Optional.of(Problem.FORMAT);
        }
        if (!PROVINCES.contains(number.substring(0, 2))) {
            return Optional.of(Problem.PROVINCE);
        }
        Optional<LocalDate> birth = birthDate(number);
        if (birth.isEmpty() || birth.get().isAfter(today)) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        if (checkCharacter(number.substring(0, 17)) != number.charAt(17)) {
            return Optional.of(Problem.CHECK_DIGIT);
        }
        return Optional.empty();
    }

    /** As {@link #check}, and the holder must be of working age (16-80) for a worker profile. */
    public static Optional<Problem> checkWorker(String number, LocalDate today) {
        return check(number, today).or(() -> {
            int age = Period.between(birthDate(number).orElseThrow(), today).getYears();
            return age < MIN_WORKER_AGE || age > MAX_WORKER_AGE ? Optional.of(Problem.AGE) : Optional.empty();
        });
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    static Optional<LocalDate> birthDate(String number) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code 3****************4}: the first and last characters only. Four and four left the region and birth date
     * to guess, some 10⁴ candidates against an oracle; a desk tells people apart by the name and phone masks anyway.
     */
    public static String mask(String number) {
        return Masks.keep(number, 1, 1);
    }
}
