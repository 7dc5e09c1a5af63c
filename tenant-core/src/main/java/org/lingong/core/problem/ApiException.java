package org.lingong.core.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A refusal the client can act on: becomes problem JSON whose type is {@code <base>/<slug>} and whose titles come from
 * {@code problem.<slug>} in the message bundles.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final transient Object[] arguments;
    private final transient Map<String, Object> properties = new LinkedHashMap<>();

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

    /** Adds a member to the problem JSON, e.g. the field errors or the value the client should have sent. */
    public ApiException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public Map<String, Object> properties() {
        return Map.copyOf(properties);
    }
}
