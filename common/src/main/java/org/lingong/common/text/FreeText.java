package org.lingong.common.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;

/**
 * Free text people type for others to read (a rating's comment, a complaint) is kept by the city: a mobile number or
 * resident ID number typed into it is starred out before it is stored, so neither is ever kept or shown. Digits of any script count (a full-width
 * １３９… is a number too), and so do numbers written with spaces or dashes between the groups. Every digit is replaced,
 * nothing of the number kept: unlike a desk's mask, nobody needs to tell people apart by it.
 */
public final class FreeText {

    private static final String SEP = "[ \\-\u3000]?";
    /** An 18-character resident ID number (17 digits and a digit or X), optionally grouped 6-8-4. */
    private static final Pattern ID_NUMBER = Pattern.compile(
            "(?<![0-9A-Za-z])[0-9]{6}" + SEP + "[0-9]{8}" + SEP + "[0-9]{3}[0-9Xx](?![0-9A-Za-z])");
    /** A mainland mobile number, 1[3-9] and nine more digits, optionally grouped 3-4-4, or after +86. */
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9])(?:\\+?86" + SEP + ")?1[3-9][0-9]" + SEP + "[0-9]{4}" + SEP + "[0-9]{4}(?![0-9])");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n]]");

    private FreeText() {
    }

    /** {@link #clean}ed text a step cannot do without (grounds, a note): 400 {@code invalid-request} when blank. */
    public static String required(@Nullable String text) {
        String cleaned = clean(text);
        if (cleaned == null) {
            throw new ProblemException(ProblemType.INVALID_REQUEST);
        }
        return cleaned;
    }

    /** The text as it is stored and shown: control characters gone, numbers starred, trimmed; null if empty. */
    public static @Nullable String clean(@Nullable String comment) {
        if (comment == null) {
            return null;
        }
        String text = CONTROL.matcher(comment).replaceAll(" ");
        // The patterns run on a copy with every digit in ASCII (same length), and star the same places in the text.
        char[] ascii = text.toCharArray();
        for (int i = 0; i < ascii.length; i++) {
            if (Character.isDigit(ascii[i])) {
                ascii[i] = (char) ('0' + Character.digit(ascii[i], 10));
            }
        }
        String digits = new String(ascii);
        StringBuilder masked = new StringBuilder(text);
        for (Pattern number : List.of(ID_NUMBER, MOBILE)) {
            Matcher found = number.matcher(digits);
            while (found.find()) {
                for (int i = found.start(); i < found.end(); i++) {
                    char c = digits.charAt(i);
                    if ((c >= '0' && c <= '9') || c == 'X' || c == 'x') {
                        masked.setCharAt(i, '*');
                    }
                }
            }
        }
        String cleaned = masked.toString().strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
