package org.lingong.common.nearby;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;

/**
 * Reads query parameters strictly, by one set of rules: a blank value is an absent one; numbers must be in range;
 * choices and flags are read in any case; anything else is a 400 problem naming the parameter in
 * {@code errors[].field} — {@code invalid-parameter} (with what is accepted), {@code missing-parameter} or
 * {@code conflicting-parameters}.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static ProblemException invalid(String name, String value, String expected) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, name, value, expected).withFieldError(name);
    }

    public static ProblemException missing(String name) {
        return new ProblemException(ProblemType.MISSING_PARAMETER, name).withFieldError(name);
    }

    public static ProblemException conflicting(String name, String other) {
        return new ProblemException(ProblemType.CONFLICTING_PARAMETERS, name, other).withFieldError(name);
    }

    public static boolean absent(@Nullable String value) {
        return value == null || value.isBlank();
    }

    public static @Nullable Double decimal(String name, @Nullable String value, double min, double max) {
        if (absent(value)) {
            return null;
        }
        try {
            double number = Double.parseDouble(value.strip());
            if (Double.isFinite(number) && number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw invalid(name, value, min + "–" + max);
    }

    public static @Nullable Long integer(String name, @Nullable String value, long min, long max) {
        if (absent(value)) {
            return null;
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw invalid(name, value, max == Long.MAX_VALUE ? "≥ " + min : min + "–" + max);
    }

    /** An integer in {@code [min, max]}, or {@code otherwise} when absent. */
    public static int integer(String name, @Nullable String value, int min, int max, int otherwise) {
        Long number = integer(name, value, min, (long) max);
        return number == null ? otherwise : number.intValue();
    }

    public static <E extends Enum<E>> @Nullable E choice(String name, @Nullable String value, Class<E> type) {
        if (absent(value)) {
            return null;
        }
        return enumValue(type, value).orElseThrow(() -> invalid(name, value, Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", "))));
    }

    /** A repeatable choice: blank values skipped, each one at most once, in the order asked. */
    public static <E extends Enum<E>> List<E> choices(String name, @Nullable List<String> values, Class<E> type) {
        return values == null ? List.of() : values.stream().filter(value -> !absent(value))
                .map(value -> choice(name, value, type)).distinct().toList();
    }

    /** The constant named by {@code text} in any case, blanks around it ignored. */
    public static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, @Nullable String text) {
        if (absent(text)) {
            return Optional.empty();
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst();
    }

    public static boolean flag(String name, @Nullable String value, boolean otherwise) {
        if (absent(value)) {
            return otherwise;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(name, value, "true, false");
        };
    }

    public static @Nullable LocalDate date(String name, @Nullable String value) {
        if (absent(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(name, value, "yyyy-MM-dd");
        }
    }

    /** Text of at most {@code maxCharacters} characters (Chinese ones count one each), stripped; null when absent. */
    public static @Nullable String text(String name, @Nullable String value, int maxCharacters) {
        if (absent(value)) {
            return null;
        }
        String text = value.strip();
        if (text.codePointCount(0, text.length()) > maxCharacters) {
            throw invalid(name, text, "≤ " + maxCharacters);
        }
        return text;
    }
}
