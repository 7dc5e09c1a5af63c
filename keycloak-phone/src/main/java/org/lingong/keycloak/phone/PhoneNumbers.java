package org.lingong.keycloak.phone;

import java.util.Optional;
import java.util.regex.Pattern;

/** Mainland mobile numbers: what people type (spaces, dashes, +86) to 11 digits, and the mask shown back. */
final class PhoneNumbers {

    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    private PhoneNumbers() {
    }

    static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 20) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.length() == 13 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        return MOBILE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    /** The first three and last four digits, as every Lingong page shows a phone. */
    static String mask(String phone) {
        return phone.substring(0, 3) + "****" + phone.substring(7);
    }
}
