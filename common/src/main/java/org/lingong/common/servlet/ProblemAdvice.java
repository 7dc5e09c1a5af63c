package org.lingong.common.servlet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/** Every exception a controller (or Spring MVC itself) raises becomes problem JSON. */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemAdvice {

    private final ProblemResponses responses;

    ProblemAdvice(ProblemResponses responses) {
        this.responses = responses;
    }

    @ExceptionHandler(Exception.class)
    @Nullable ResponseEntity<ProblemDetail> problem(Exception error, HttpServletRequest request,
            HttpServletResponse response) {
        if (error instanceof AsyncRequestNotUsableException || response.isCommitted()) {
            // The client is gone, or a stream (SSE) is already under way: nothing can be answered any more.
            return null;
        }
        return responses.entity(request, error);
    }
}
