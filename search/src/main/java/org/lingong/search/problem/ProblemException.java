package org.lingong.search.problem;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * An error the service answers with its own problem type. The code names the type URI and the bundle entries
 * {@code problem.<code>.title} and {@code problem.<code>.detail}; the detail arguments fill the latter.
 */
public abstract class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Object[] detailArguments;

    protected ProblemException(HttpStatus status, String code, String message, @Nullable Throwable cause,
            Object... detailArguments) {
        super(message, cause);
        this.status = status;
        this.code = code;
        this.detailArguments = detailArguments.clone();
    }

    protected ProblemException(HttpStatus status, String code, String message, Object... detailArguments) {
        this(status, code, message, null, detailArguments);
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    Object[] detailArguments() {
        return detailArguments.clone();
    }

    /** Members added to the problem detail besides the standard ones, e.g. the parameter at fault. */
    protected Map<String, Object> properties() {
        return Map.of();
    }
}
