package org.lingong.search.nearby;

import java.util.Map;
import org.lingong.search.problem.ProblemException;
import org.springframework.http.HttpStatus;

/** A query parameter the nearby API cannot use: 400, naming the parameter (also as the {@code parameter} member). */
final class BadParameterException extends ProblemException {

    private final String parameter;

    private BadParameterException(String code, String parameter, String message, Object... detailArguments) {
        super(HttpStatus.BAD_REQUEST, code, message, detailArguments);
        this.parameter = parameter;
    }

    /** {@code invalid-parameter}: the value is malformed or out of range; {@code expected} says what is allowed. */
    static BadParameterException invalid(String parameter, String value, String expected) {
        return new BadParameterException("invalid-parameter", parameter,
                "Invalid " + parameter + "=" + value + ", expected " + expected, parameter, value, expected);
    }

    static BadParameterException missing(String parameter) {
        return new BadParameterException("missing-parameter", parameter, "Missing " + parameter, parameter);
    }

    static BadParameterException conflicting(String parameter, String other) {
        return new BadParameterException("conflicting-parameters", parameter,
                parameter + " and " + other + " exclude each other", parameter, other);
    }

    static BadParameterException unknownCategory(String code, String valid) {
        return new BadParameterException("unknown-category", "category", "Unknown category " + code, code, valid);
    }

    @Override
    protected Map<String, Object> properties() {
        return Map.of("parameter", parameter);
    }
}
