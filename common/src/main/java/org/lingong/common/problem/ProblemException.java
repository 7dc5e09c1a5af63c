package org.lingong.common.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;

/**
 * A refusal (or a failure) that leaves as problem JSON of its {@link ProblemType}. Throw it anywhere a request is
 * handled; the service's adapter ({@code ServletConventions} or {@code ReactiveProblems}) writes it.
 */
public class ProblemException extends RuntimeException {

    /** Members {@link Problems} writes itself; {@link #with} may not replace them. */
    private static final Set<String> RESERVED = Set.of("type", "title", "status", "detail", "instance", "titles",
            "requestId", "errors");

    private final ProblemType type;
    private final HttpStatusCode status;
    private final transient Object[] arguments;
    private final transient Map<String, Object> properties = new LinkedHashMap<>();
    private final List<FieldError> fieldErrors = new ArrayList<>();
    private final transient HttpHeaders headers = new HttpHeaders();
    private @Nullable String frameworkDetail;

    /** @param arguments values filling {@code {0}}, {@code {1}} … in the type's title and detail */
    public ProblemException(ProblemType type, Object... arguments) {
        this(type, type.status(), null, arguments);
    }

    ProblemException(ProblemType type, HttpStatusCode status, @Nullable Throwable cause, Object... arguments) {
        // A refusal is an expected outcome, not a bug: no stack trace of its own to fill (a cause keeps its own).
        super(type.slug(), cause, false, false);
        this.type = type;
        this.status = status;
        this.arguments = arguments.clone();
    }

    /** A problem caused by another error, e.g. an unreachable dependency; the cause is logged, never answered. */
    public static ProblemException causedBy(Throwable cause, ProblemType type, Object... arguments) {
        return new ProblemException(type, type.status(), cause, arguments);
    }

    /** Adds a member to the problem JSON, e.g. the value the client should have sent. */
    public ProblemException with(String name, Object value) {
        if (RESERVED.contains(name)) {
            throw new IllegalArgumentException(name + " is written by Problems; field errors go through withFieldError");
        }
        properties.put(name, value);
        return this;
    }

    /** Adds an entry to {@code errors}: the field (or query parameter) at fault and what is wrong with it. */
    public ProblemException withFieldError(String field, String message) {
        fieldErrors.add(new FieldError(field, message));
        return this;
    }

    /**
     * Adds an entry to {@code errors} for the one field (or query parameter) this problem is about; its message is
     * the problem's title in the answer's language, so a form shows it at the field.
     */
    public ProblemException withFieldError(String field) {
        fieldErrors.add(new FieldError(field, null));
        return this;
    }

    public ProblemException withFieldErrors(List<FieldError> errors) {
        fieldErrors.addAll(errors);
        return this;
    }

    /** Adds a response header, e.g. {@code Retry-After} or {@code WWW-Authenticate}. */
    public ProblemException withHeader(String name, String value) {
        headers.add(name, value);
        return this;
    }

    /** The framework's own detail of an error it raised, used when the catalogue has none for the type. */
    ProblemException withFrameworkDetail(@Nullable String detail) {
        this.frameworkDetail = detail;
        return this;
    }

    public ProblemType type() {
        return type;
    }

    public HttpStatusCode status() {
        return status;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public Map<String, Object> properties() {
        return Map.copyOf(properties);
    }

    public List<FieldError> fieldErrors() {
        return List.copyOf(fieldErrors);
    }

    public HttpHeaders headers() {
        return HttpHeaders.readOnlyHttpHeaders(headers);
    }

    @Nullable String frameworkDetail() {
        return frameworkDetail;
    }
}
