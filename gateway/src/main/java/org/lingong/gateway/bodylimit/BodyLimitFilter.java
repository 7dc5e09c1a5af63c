package org.lingong.gateway.bodylimit;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.gateway.FilterOrder;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Bounds every request body before a service reads it ({@link BodyLimitProperties}): a declared length over the limit
 * is a 413 {@code body-too-large} before a byte of the body is read; a body without a declared length (chunked) is
 * passed on until it grows past the limit, then cut off — the service never gets a complete request, so writes
 * nothing — and the client gets the same 413. Either way the connection closes: the rest of the body is not read.
 */
@Component
class BodyLimitFilter implements WebFilter, Ordered {

    private final BodyLimitProperties properties;

    BodyLimitFilter(BodyLimitProperties properties) {
        this.properties = properties;
    }

    @Override
    public int getOrder() {
        return FilterOrder.BODY_LIMIT;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        DataSize limit = properties.limitOf(request.getPath().value());
        long declared = request.getHeaders().getContentLength();
        if (declared > limit.toBytes()) {
            return Mono.error(tooLarge(limit));
        }
        if (declared >= 0) {
            // The codec reads no more than the declared length.
            return chain.filter(exchange);
        }
        AtomicBoolean exceeded = new AtomicBoolean();
        ServerHttpRequest bounded = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong read = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (read.addAndGet(buffer.readableByteCount()) > limit.toBytes()) {
                        DataBufferUtils.release(buffer);
                        exceeded.set(true);
                        sink.error(tooLarge(limit));
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        // The cut-off surfaces wherever the body was being read (e.g. inside the proxy's client): say why.
        return chain.filter(exchange.mutate().request(bounded).build())
                .onErrorMap(error -> exceeded.get() && !(error instanceof ProblemException), error -> tooLarge(limit));
    }

    private static ProblemException tooLarge(DataSize limit) {
        return new ProblemException(ProblemType.BODY_TOO_LARGE, readable(limit))
                .withHeader(HttpHeaders.CONNECTION, "close");
    }

    /** 10 MB, 256 KB, 1500 B. */
    static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= DataSize.ofMegabytes(1).toBytes() && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes >= DataSize.ofKilobytes(1).toBytes() && bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " B";
    }
}
