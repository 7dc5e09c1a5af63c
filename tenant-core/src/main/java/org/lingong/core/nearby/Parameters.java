package org.lingong.core.nearby;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;

/**
 * Reads query parameters of the nearby APIs by the search API's rules; a missing or bad value is a 400 problem that
 * names the parameter (in {@code errors[].field}) and what it accepts.
 */
public final class Parameters {

    private Parameters() {
    }

    public static ProblemException invalid(String name, String value, String accepted) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, name, value == null ? "" : value, accepted)
                .withFieldError(name);
    }

    public static double decimal(String name, String value, double min, double max) {
        try {
            double number = Double.parseDouble(required(name, value, min + "–" + max));
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw invalid(name, value, min + "–" + max);
    }

    public static int integer(String name, String value, int min, int max, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw invalid(name, value, min + "–" + max);
    }

    public static long atLeastZero(String name, String value) {
        if (value == null) {
            return 0;
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw invalid(name, value, "≥ 0");
    }

    public static boolean flag(String name, String value, boolean fallback) {
        if (value == null) {
            return fallback;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(name, value, "true, false");
        };
    }

    public static <E extends Enum<E>> E choice(String name, String value, Class<E> type, E fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw invalid(name, value, Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
    }

    public static <E extends Enum<E>> List<E> choices(String name, List<String> values, Class<E> type) {
        return values == null ? List.of() : values.stream().map(v -> choice(name, v, type, null)).distinct().toList();
    }

    public static LocalDate date(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(name, value, "YYYY-MM-DD");
        }
    }

    private static String required(String name, String value, String accepted) {
        if (value == null || value.isBlank()) {
            throw invalid(name, value, accepted);
        }
        return value;
    }
}
