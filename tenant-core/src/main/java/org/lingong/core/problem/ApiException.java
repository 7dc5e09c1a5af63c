package org.lingong.core.problem;

import org.springframework.http.HttpStatus;

/**
 * A refusal the client can act on: becomes problem JSON whose type is {@code <base>/<slug>} and whose titles come from
 * {@code problem.<slug>} in the message bundles.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final transient Object[] arguments;

    public ApiException(HttpStatus status, String slug, Object... arguments) {
        super(slug);
        this.status = status;
        this.slug = slug;
        this.arguments = arguments;
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
