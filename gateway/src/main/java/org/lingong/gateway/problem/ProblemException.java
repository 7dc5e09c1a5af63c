package org.lingong.gateway.problem;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;

/**
 * A request the gateway refuses. Filters and security handlers signal it as an error; the outermost filter writes it
 * as problem JSON, so there is one writer and every refusal is access-logged with its final status.
 */
public final class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final HttpStatusCode status;
    private final transient Object[] arguments;
    private final transient HttpHeaders headers = new HttpHeaders();

    /** @param arguments values filling {@code {0}}, {@code {1}} in the localized detail */
    public ProblemException(ProblemType type, Object... arguments) {
        this(type, type.status(), arguments);
    }

    public ProblemException(ProblemType type, HttpStatusCode status, Object... arguments) {
        // A refusal is an expected outcome, not a bug: no stack trace to fill or log.
        super(type.slug(), null, false, false);
        this.type = type;
        this.status = status;
        this.arguments = arguments.clone();
    }

    public ProblemException withHeader(String name, String value) {
        headers.set(name, value);
        return this;
    }

    public ProblemType type() {
        return type;
    }

    public HttpStatusCode status() {
        return status;
    }

    Object[] arguments() {
        return arguments.clone();
    }

    HttpHeaders headers() {
        return headers;
    }
}
