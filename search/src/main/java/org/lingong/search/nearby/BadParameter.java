package org.lingong.search.nearby;

import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;

/** A query parameter the nearby API cannot use: 400, naming the parameter in {@code errors[].field}. */
final class BadParameter {

    private BadParameter() {
    }

    /** {@code invalid-parameter}: the value is malformed or out of range; {@code expected} says what is allowed. */
    static ProblemException invalid(String parameter, String value, String expected) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, parameter, value, expected).withFieldError(parameter);
    }

    static ProblemException missing(String parameter) {
        return new ProblemException(ProblemType.MISSING_PARAMETER, parameter).withFieldError(parameter);
    }

    static ProblemException conflicting(String parameter, String other) {
        return new ProblemException(ProblemType.CONFLICTING_PARAMETERS, parameter, other).withFieldError(parameter);
    }

    static ProblemException unknownCategory(String code, String valid) {
        return new ProblemException(ProblemType.UNKNOWN_CATEGORY, code, valid).withFieldError("category");
    }
}
