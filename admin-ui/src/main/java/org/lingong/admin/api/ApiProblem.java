package org.lingong.admin.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem the API answered with: its title and detail are already in the UI's language (the request
 * carried it as {@code Accept-Language}); field errors are kept by field path, e.g. {@code admin.email}.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final Map<String, String> fieldErrors;

    public ApiProblem(int status, String title, String detail, Map<String, String> fieldErrors) {
        super(detail == null || detail.isBlank() ? title : detail);
        this.status = status;
        this.title = title;
        this.fieldErrors = new LinkedHashMap<>(fieldErrors);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, String> fieldErrors() {
        return Map.copyOf(fieldErrors);
    }
}
