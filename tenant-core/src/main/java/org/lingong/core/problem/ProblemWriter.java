package org.lingong.core.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.json.JsonMapper;

/** Writes problem JSON from filters and security handlers, which run before Spring MVC's exception handling. */
@Component
public class ProblemWriter {

    private final Problems problems;
    private final JsonMapper json;

    ProblemWriter(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String slug)
            throws IOException {
        ProblemDetail problem = problems.of(status, slug, RequestContextUtils.getLocale(request));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
