package org.lingong.common.servlet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.lingong.common.i18n.Languages;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.problem.Problems;
import org.lingong.common.request.RequestIds;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.ClassUtils;

/**
 * Answers an error of a servlet request as problem JSON: from Spring MVC's exception handling ({@link #entity}), and
 * from filters and security handlers that run before it ({@link #write}).
 */
public final class ProblemResponses {

    private static final boolean SECURITY = ClassUtils.isPresent(
            "org.springframework.security.core.context.SecurityContextHolder", ProblemResponses.class.getClassLoader());

    private final Problems problems;
    // Spring's own converter registers the mix-in that writes ProblemDetail properties as top-level members.
    private final JacksonJsonHttpMessageConverter json = new JacksonJsonHttpMessageConverter();

    public ProblemResponses(Problems problems) {
        this.problems = problems;
    }

    public ResponseEntity<ProblemDetail> entity(HttpServletRequest request, Throwable error) {
        ProblemException problem = translate(error);
        return ResponseEntity.status(problem.status()).headers(problem.headers()).body(body(request, problem));
    }

    public void write(HttpServletRequest request, HttpServletResponse response, Throwable error) throws IOException {
        ProblemException problem = translate(error);
        response.setStatus(problem.status().value());
        problem.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        try (ServletServerHttpResponse out = new ServletServerHttpResponse(response)) {
            json.write(body(request, problem), MediaType.APPLICATION_PROBLEM_JSON, out);
        }
    }

    private ProblemDetail body(HttpServletRequest request, ProblemException problem) {
        return problems.detail(problem, Languages.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)),
                request.getRequestURI(), MDC.get(RequestIds.MDC_KEY));
    }

    private static ProblemException translate(Throwable error) {
        if (SECURITY && error instanceof AccessDeniedException && anonymous()) {
            // Refused by a role check on a path anyone may call: signing in may help, so 401, not 403.
            return new ProblemException(ProblemType.AUTHENTICATION_REQUIRED).withHeader(HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer");
        }
        return Problems.translate(error);
    }

    private static boolean anonymous() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller == null || caller instanceof AnonymousAuthenticationToken;
    }
}
