package org.lingong.core.problem;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error leaves as problem JSON in Chinese and English; field errors name the field and what is wrong. */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final Problems problems;

    ProblemAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiException.class)
    ProblemDetail api(ApiException e, Locale locale) {
        ProblemDetail problem = problems.of(e.status(), e.slug(), locale, e.arguments());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    /** Refused by a method's role check: 401 when nobody signed in (a public path), else 403. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(Locale locale) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller == null || caller instanceof AnonymousAuthenticationToken
                ? problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", locale)
                : problems.of(HttpStatus.FORBIDDEN, "forbidden", locale);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(Locale locale) {
        return problems.of(HttpStatus.CONFLICT, "concurrent-change", locale);
    }

    /**
     * A uniqueness rule of the database caught what a check before the write could not: two requests claiming the
     * same thing at the same moment. The loser gets a 409, and its transaction wrote nothing.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail duplicate(DataIntegrityViolationException e, Locale locale) {
        log.info("refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return problems.of(HttpStatus.CONFLICT, "already-exists", locale);
    }

    /** The database or another service is unreachable: the request may succeed later, so 503, not 500. */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            ResourceAccessException.class})
    ProblemDetail unavailable(Exception e, Locale locale) {
        log.warn("dependency unavailable: {}", e.getMessage());
        return problems.of(HttpStatus.SERVICE_UNAVAILABLE, "dependency-unavailable", locale);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, Locale locale) {
        log.error("unexpected error", e);
        return problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", locale);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "invalid-request", request.getLocale());
        List<Map<String, String>> fields = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .toList();
        problem.setProperty("errors", fields);
        return ResponseEntity.badRequest().body(problem);
    }

    /** Spring MVC's own errors (unreadable JSON, wrong method, missing parameter …) keep their status, in our format. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String slug = status.value() == 404 ? "not-found"
                : status.value() == 405 ? "method-not-allowed"
                : status.is4xxClientError() ? "invalid-request" : "internal-error";
        ProblemDetail problem = problems.of(status, slug, request.getLocale());
        if (e.getMessage() != null && status.is4xxClientError()) {
            problem.setDetail(body instanceof ProblemDetail detail && detail.getDetail() != null
                    ? detail.getDetail() : problem.getDetail());
        }
        return ResponseEntity.status(status).headers(headers).body(problem);
    }
}
