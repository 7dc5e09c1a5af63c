package org.lingong.gateway.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * Every kind of error the gateway answers itself. The slug is part of a stable {@code type} URI that clients may
 * switch on; titles and details live in {@code messages*.properties} under {@code problem.<slug>.*}.
 */
public enum ProblemType {

    INVALID_PATH(HttpStatus.BAD_REQUEST, "invalid-path"),
    INVALID_TENANT(HttpStatus.BAD_REQUEST, "invalid-tenant"),
    TENANT_MISMATCH(HttpStatus.BAD_REQUEST, "tenant-mismatch"),
    TENANT_REQUIRED(HttpStatus.BAD_REQUEST, "tenant-required"),
    /** Any other client error, answered with the status that caused it. */
    REQUEST_REJECTED(HttpStatus.BAD_REQUEST, "request-rejected"),
    AUTHENTICATION_REQUIRED(HttpStatus.UNAUTHORIZED, "authentication-required"),
    INVALID_TOKEN(HttpStatus.UNAUTHORIZED, "invalid-token"),
    ACCESS_DENIED(HttpStatus.FORBIDDEN, "access-denied"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found"),
    UNKNOWN_TENANT(HttpStatus.NOT_FOUND, "unknown-tenant"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed"),
    TENANT_SUSPENDED(HttpStatus.LOCKED, "tenant-suspended"),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "rate-limited"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error"),
    REGISTRY_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "registry-unavailable"),
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable"),
    GATEWAY_TIMEOUT(HttpStatus.GATEWAY_TIMEOUT, "gateway-timeout");

    static final String TYPE_BASE = "https://lingong.org.cn/problems/";

    private final HttpStatus status;
    private final String slug;

    ProblemType(HttpStatus status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public URI uri() {
        return URI.create(TYPE_BASE + slug);
    }
}
