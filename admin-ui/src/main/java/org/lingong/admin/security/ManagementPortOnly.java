package org.lingong.admin.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.problem.Problems;
import org.lingong.common.servlet.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Actuator belongs on the management port ({@code management.server.port}), which deployments keep inside the
 * cluster: on the public port {@code /actuator/**} does not exist, a 404 problem — Vaadin would otherwise answer the
 * path with a page. It runs after Spring Security (whose rules let {@code /actuator/**} through for the management
 * port), so the answer carries the usual protective headers. It lives in the application's context, so the
 * management server (a child context with its own servlet container) never runs it; and while no management server
 * of its own runs ({@code local.management.port} unset), actuator is on this port and passes.
 */
final class ManagementPortOnly extends OncePerRequestFilter implements Ordered {

    private static final String ACTUATOR = "/actuator";

    private final Environment environment;
    private final ProblemResponses problems = new ProblemResponses(new Problems());

    ManagementPortOnly(Environment environment) {
        this.environment = environment;
    }

    @Override
    public int getOrder() {
        // After Spring Security's filter chain (order -100).
        return 0;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.equals(ACTUATOR) || path.startsWith(ACTUATOR + "/"))
                || environment.getProperty("local.management.port") == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        problems.write(request, response, new ProblemException(ProblemType.NOT_FOUND));
    }
}
