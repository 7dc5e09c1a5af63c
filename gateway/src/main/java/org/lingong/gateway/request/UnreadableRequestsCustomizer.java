package org.lingong.gateway.request;

import org.lingong.common.problem.Problems;
import org.lingong.common.reactive.ReactiveProblems;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * Puts {@link UnreadableRequests} after the HTTP/1.1 codec of every connection of the public port. The limits it names
 * are Spring Boot's own settings of that codec: {@code server.netty.max-initial-line-length} (default 4 KB) and
 * {@code server.max-http-request-header-size} (default 8 KB).
 */
@Component
class UnreadableRequestsCustomizer implements NettyServerCustomizer {

    private final ReactiveProblems problems = new ReactiveProblems(new Problems());
    private final UnreadableRequests.Limits limits;

    UnreadableRequestsCustomizer(Environment environment) {
        Binder settings = Binder.get(environment);
        DataSize line = settings.bind("server.netty.max-initial-line-length", DataSize.class)
                .orElse(DataSize.ofKilobytes(4));
        DataSize headers = settings.bind("server.max-http-request-header-size", DataSize.class)
                .orElse(DataSize.ofKilobytes(8));
        this.limits = new UnreadableRequests.Limits((int) line.toBytes(), headers.toKilobytes() + " KB");
    }

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, remoteAddress) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, UnreadableRequests.NAME,
                        new UnreadableRequests(problems, limits));
            }
        });
    }
}
