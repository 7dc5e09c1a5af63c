package org.lingong.search.nearby;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Reads query parameters strictly: anything malformed or out of range is a 400 problem ({@link BadParameter}). */
final class Parameters {

    private Parameters() {
    }

    static @Nullable Double decimal(String name, @Nullable String value, double min, double max) {
        if (absent(value)) {
            return null;
        }
        try {
            double number = Double.parseDouble(value.strip());
            if (Double.isFinite(number) && number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw BadParameter.invalid(name, value, min + "–" + max);
    }

    static @Nullable Long integer(String name, @Nullable String value, long min, long max) {
        if (absent(value)) {
            return null;
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw BadParameter.invalid(name, value, min + "–" + (max == Long.MAX_VALUE ? "" : max));
    }

    static <E extends Enum<E>> @Nullable E choice(String name, @Nullable String value, Class<E> type) {
        if (absent(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BadParameter.invalid(name, value, Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining("|")));
        }
    }

    static boolean flag(String name, @Nullable String value, boolean otherwise) {
        if (absent(value)) {
            return otherwise;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw BadParameter.invalid(name, value, "true|false");
        };
    }

    static @Nullable LocalDate date(String name, @Nullable String value) {
        if (absent(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw BadParameter.invalid(name, value, "yyyy-MM-dd");
        }
    }

    static boolean absent(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
