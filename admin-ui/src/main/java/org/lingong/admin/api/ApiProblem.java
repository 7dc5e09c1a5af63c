package org.lingong.admin.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem the API answered with: its title and detail are already in the UI's language (the request
 * carried it as {@code Accept-Language}); field errors are kept by field path, e.g. {@code admin.email}; the type's
 * slug ({@code worker-unverified}) is what a page switches on.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final Map<String, String> fieldErrors;

    /** A problem the console states itself, of no API type. */
    public ApiProblem(int status, String title, String detail, Map<String, String> fieldErrors) {
        this(status, "", title, detail, fieldErrors);
    }

    /** @param type the slug of the problem's type URI, e.g. {@code id-number-locked}; empty if it has none */
    public ApiProblem(int status, String type, String title, String detail, Map<String, String> fieldErrors) {
        super(detail == null || detail.isBlank() ? title : detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.fieldErrors = new LinkedHashMap<>(fieldErrors);
    }

    public int status() {
        return status;
    }

    /** Whether the API named this problem {@code slug}, e.g. {@code is("worker-unverified")}. */
    public boolean is(String slug) {
        return type.equals(slug);
    }

    public String title() {
        return title;
    }

    public Map<String, String> fieldErrors() {
        return Map.copyOf(fieldErrors);
    }
}
