package org.lingong.common.servlet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body is larger than the service allows ({@code lingong.http.max-body-size}): a larger declared length is
 * answered 413 before anything reads the body, and a body of undeclared length is counted as it is read and refused
 * at the first byte past the limit — so neither a JSON reader nor an endpoint reading the raw body ever holds an
 * unbounded body. Endpoints that take files hold them to their own, smaller limits. Tomcat drains at most
 * {@code server.tomcat.max-swallow-size} of a refused body, then closes the connection.
 */
public final class BodyLimitFilter extends OncePerRequestFilter implements Ordered {

    private final long maxBytes;
    private final ProblemResponses problems;

    public BodyLimitFilter(long maxBytes, ProblemResponses problems) {
        this.maxBytes = maxBytes;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1; // right after the request id, which the refusal carries
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            problems.write(request, response, tooLarge());
            return;
        }
        chain.doFilter(new CountedRequest(request, maxBytes, this::tooLarge), response);
    }

    private ProblemException tooLarge() {
        return new ProblemException(ProblemType.CONTENT_TOO_LARGE);
    }
}
