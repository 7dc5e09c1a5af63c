package org.lingong.search.problem;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception into a problem detail. Spring Security's 401 and 403 are forwarded here too (see
 * {@code SecurityConfig}), so all errors share one format.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final Problems problems;

    ProblemAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> problem(ProblemException e, HttpServletRequest request) {
        if (e.status().is5xxServerError()) {
            log.warn("{} {}: {}", e.status().value(), e.code(), e.getMessage());
        } else {
            log.debug("{} {}: {}", e.status().value(), e.code(), e.getMessage());
        }
        ProblemDetail problem = problems.of(request, e.status(), e.code(), e.detailArguments());
        e.properties().forEach(problem::setProperty);
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> identityUnavailable(AuthenticationServiceException e, HttpServletRequest request) {
        log.warn("Cannot verify access tokens: {}", e.getMessage());
        return respond(problems.of(request, HttpStatus.SERVICE_UNAVAILABLE, "identity-unavailable"));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e, HttpServletRequest request) {
        return respond(problems.ofStatus(request, HttpStatus.UNAUTHORIZED, null));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        return respond(problems.ofStatus(request, HttpStatus.FORBIDDEN, null));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(problems.ofStatus(request, HttpStatus.INTERNAL_SERVER_ERROR, null));
    }

    /** Spring MVC's own exceptions (404, 405, missing parameter, ...) in the same scheme. */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String frameworkDetail = body instanceof ProblemDetail framework ? framework.getDetail() : null;
        ProblemDetail problem = problems.ofStatus(((ServletWebRequest) request).getRequest(), status,
                frameworkDetail);
        return super.handleExceptionInternal(ex, problem, headers, status, request);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
