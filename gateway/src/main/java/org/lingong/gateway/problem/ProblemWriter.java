package org.lingong.gateway.problem;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.json.JacksonJsonEncoder;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Turns any error of a request into RFC 9457 problem JSON: {@code title} in the caller's language (Chinese unless
 * Accept-Language prefers English), {@code titles} in both, and the request id for support. Client mistakes keep
 * their 4xx status; a service that cannot be reached is a 503, never a 500.
 */
@Component
public class ProblemWriter {

    private static final Logger log = LoggerFactory.getLogger(ProblemWriter.class);
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final List<Locale> LANGUAGES = List.of(CHINESE, Locale.ENGLISH);
    private static final ResolvableType PROBLEM = ResolvableType.forClass(ProblemDetail.class);

    private final MessageSource messages;
    // Spring's own encoder registers the mix-in that writes ProblemDetail properties as top-level members.
    private final JacksonJsonEncoder encoder = new JacksonJsonEncoder();

    ProblemWriter(MessageSource messages) {
        this.messages = messages;
    }

    /** Writes the error as problem JSON, unless the response is already on its way (then the error stands). */
    public Mono<Void> write(ServerWebExchange exchange, Throwable error, String requestId) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(error);
        }
        ProblemException problem = translate(error);
        ProblemDetail body = body(problem, exchange.getRequest(), requestId);
        DataBuffer json = encoder.encodeValue(body, response.bufferFactory(), PROBLEM,
                MediaType.APPLICATION_PROBLEM_JSON, Map.of());
        response.setStatusCode(problem.status());
        HttpHeaders headers = response.getHeaders();
        problem.headers().forEach(headers::put);
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setContentLength(json.readableByteCount());
        return response.writeWith(Mono.just(json));
    }

    private ProblemDetail body(ProblemException problem, ServerHttpRequest request, String requestId) {
        Locale locale = language(request);
        String titleKey = "problem." + problem.type().slug() + ".title";
        String zh = messages.getMessage(titleKey, null, CHINESE);
        String en = messages.getMessage(titleKey, null, Locale.ENGLISH);
        ProblemDetail body = ProblemDetail.forStatus(problem.status());
        body.setType(problem.type().uri());
        body.setTitle(Locale.ENGLISH.equals(locale) ? en : zh);
        body.setDetail(messages.getMessage("problem." + problem.type().slug() + ".detail", problem.arguments(),
                locale));
        body.setInstance(URI.create(request.getURI().getRawPath()));
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("zh", zh);
        titles.put("en", en);
        body.setProperty("titles", titles);
        body.setProperty("requestId", requestId);
        return body;
    }

    static Locale language(ServerHttpRequest request) {
        String acceptLanguage = request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE);
        if (acceptLanguage == null) {
            return CHINESE;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return best == null ? CHINESE : best;
        } catch (IllegalArgumentException malformedHeader) {
            return CHINESE;
        }
    }

    static ProblemException translate(Throwable error) {
        if (error instanceof ProblemException problem) {
            return problem;
        }
        if (error instanceof ResponseStatusException statusError) {
            return fromStatus(statusError.getStatusCode(), error);
        }
        if (hasCause(error, ConnectException.class) || hasCause(error, UnknownHostException.class)) {
            log.warn("Downstream service unreachable: {}", error.toString());
            return new ProblemException(ProblemType.SERVICE_UNAVAILABLE);
        }
        log.error("Unexpected error while handling a request", error);
        return new ProblemException(ProblemType.INTERNAL_ERROR);
    }

    private static ProblemException fromStatus(HttpStatusCode status, Throwable error) {
        if (status.value() == HttpStatus.NOT_FOUND.value()) {
            return new ProblemException(ProblemType.NOT_FOUND);
        }
        if (status.value() == HttpStatus.METHOD_NOT_ALLOWED.value()) {
            return new ProblemException(ProblemType.METHOD_NOT_ALLOWED);
        }
        if (status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            return new ProblemException(ProblemType.SERVICE_UNAVAILABLE);
        }
        if (status.value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
            log.warn("Downstream service timed out: {}", error.getMessage());
            return new ProblemException(ProblemType.GATEWAY_TIMEOUT);
        }
        if (status.is4xxClientError()) {
            return new ProblemException(ProblemType.REQUEST_REJECTED, status);
        }
        log.error("Request failed with status {}", status, error);
        return new ProblemException(ProblemType.INTERNAL_ERROR, status);
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
