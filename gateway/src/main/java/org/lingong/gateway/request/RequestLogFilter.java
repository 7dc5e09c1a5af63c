package org.lingong.gateway.request;

import java.util.concurrent.TimeUnit;
import org.lingong.common.problem.Problems;
import org.lingong.common.reactive.ReactiveProblems;
import org.lingong.common.request.RequestIds;
import org.lingong.gateway.FilterOrder;
import org.lingong.gateway.security.CallerSubject;
import org.lingong.gateway.tenant.RegisteredTenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The outermost filter: gives each request an id ({@link RequestIds}: a sane client-sent {@code X-Request-Id} is
 * kept), passes it to the services and back to the client, turns every error below into problem JSON and writes one
 * access log line.
 * The line carries the path without its query string, which may hold personal data.
 */
@Component
class RequestLogFilter implements WebFilter, Ordered {

    private static final Logger access = LoggerFactory.getLogger("org.lingong.gateway.access");
    private final ReactiveProblems problems = new ReactiveProblems(new Problems());

    @Override
    public int getOrder() {
        return FilterOrder.REQUEST_LOG;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long started = System.nanoTime();
        String requestId = RequestIds.keepOrCreate(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(RequestIds.HEADER, requestId);
            return Mono.empty();
        });
        ServerWebExchange tagged = exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(RequestIds.HEADER, requestId)))
                .build();
        return chain.filter(tagged)
                .onErrorResume(error -> {
                    try (var id = MDC.putCloseable(RequestIds.MDC_KEY, requestId)) {
                        return problems.write(exchange, error, requestId);
                    }
                })
                .doFinally(signal -> log(exchange, requestId, started));
    }

    private static void log(ServerWebExchange exchange, String requestId, long started) {
        String tenant = RegisteredTenant.of(exchange).map(RegisteredTenant::code).orElse("-");
        String method = exchange.getRequest().getMethod().name();
        String path = exchange.getRequest().getURI().getRawPath();
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        String statusValue = status == null ? "-" : Integer.toString(status.value());
        long durationMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        String subject = CallerSubject.subject(exchange).orElse("-");
        try (var id = MDC.putCloseable(RequestIds.MDC_KEY, requestId); var scope = MDC.putCloseable("tenant", tenant)) {
            access.atInfo()
                    .addKeyValue("method", method)
                    .addKeyValue("path", path)
                    .addKeyValue("status", statusValue)
                    .addKeyValue("durationMs", durationMs)
                    .addKeyValue("subject", subject)
                    .log("{} {} {} {}ms subject={}", method, path, statusValue, durationMs, subject);
        }
    }
}
