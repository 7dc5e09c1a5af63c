package org.lingong.core.people.checks;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mainland China phone number: an 11-digit mobile number {@code 1[3-9]x…}, or a landline with its area code
 * ({@code 010}, {@code 02x} or a four-digit code starting with 0, then a 7- or 8-digit local number).
 */
public final class PhoneNumber {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("(010|02\\d|0[3-9]\\d{2})-?([2-9]\\d{6,7})");

    private PhoneNumber() {
    }

    /**
     * The canonical form, {@code 13812341234} or {@code 0527-84123456}, or empty when the input is no phone number.
     * Blanks and a {@code +86} / {@code 86} country prefix on mobile numbers are dropped.
     */
    public static Optional<String> normalize(String input) {
        String compact = input.replaceAll("[\\s()]", "");
        String mobile = compact.replaceFirst("^(\\+?86)(?=1\\d{10}$)", "");
        if (MOBILE.matcher(mobile).matches()) {
            return Optional.of(mobile);
        }
        Matcher landline = LANDLINE.matcher(compact);
        if (landline.matches()) {
            return Optional.of(landline.group(1) + "-" + landline.group(2));
        }
        return Optional.empty();
    }

    /** {@code 138****1234}, or {@code 0527-****3456} for a landline (area code and last four kept). */
    public static String mask(String canonical) {
        int dash = canonical.indexOf('-');
        return dash < 0 ? Masks.keep(canonical, 3, 4)
                : canonical.substring(0, dash + 1) + Masks.keep(canonical.substring(dash + 1), 0, 4);
    }
}
