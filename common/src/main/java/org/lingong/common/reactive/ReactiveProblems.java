package org.lingong.common.reactive;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lingong.common.i18n.Languages;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.Problems;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.json.JacksonJsonEncoder;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Writes any error of a reactive (WebFlux) request as problem JSON, after {@link Problems}. */
public final class ReactiveProblems {

    private static final ResolvableType PROBLEM = ResolvableType.forClass(ProblemDetail.class);

    private final Problems problems;
    // Spring's own encoder registers the mix-in that writes ProblemDetail properties as top-level members.
    private final JacksonJsonEncoder encoder = new JacksonJsonEncoder();

    public ReactiveProblems(Problems problems) {
        this.problems = problems;
    }

    /** Writes the error, unless the response is already on its way (then the error stands). */
    public Mono<Void> write(ServerWebExchange exchange, Throwable error, @Nullable String requestId) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(error);
        }
        ProblemException problem = Problems.translate(error);
        ServerHttpRequest request = exchange.getRequest();
        ProblemDetail body = problems.detail(problem,
                Languages.of(request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE)),
                request.getURI().getRawPath(), requestId);
        DataBuffer json = encoder.encodeValue(body, response.bufferFactory(), PROBLEM,
                MediaType.APPLICATION_PROBLEM_JSON, Map.of());
        response.setStatusCode(problem.status());
        HttpHeaders headers = response.getHeaders();
        problem.headers().forEach((name, values) -> values.forEach(value -> headers.add(name, value)));
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setContentLength(json.readableByteCount());
        return response.writeWith(Mono.just(json));
    }
}
