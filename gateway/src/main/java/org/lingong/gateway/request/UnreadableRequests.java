package org.lingong.gateway.request;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.reactive.ReactiveProblems;
import org.lingong.common.request.RequestIds;
import org.slf4j.MDC;
import org.springframework.http.MediaType;
import reactor.netty.channel.ChannelOperations;

/**
 * Sits right after Reactor Netty's HTTP codec and answers the requests that would never reach Spring: what the codec
 * could not decode (a request line or headers over the limits, a request line that is not HTTP) and targets Spring
 * could not read ({@link RequestTargets}). Reactor Netty answers those with an empty 400, 414 or 431, and Spring's
 * adapter an invalid URI with an empty 400; here they get the catalogue's problem JSON, in the client's language, with
 * a request id, and the connection is closed — what follows a request the codec could not decode is not HTTP either.
 * One per connection: after a refusal it drops whatever else arrives.
 */
final class UnreadableRequests extends ChannelInboundHandlerAdapter {

    static final String NAME = "lingong.unreadableRequests";

    /** The limits of the codec, named in the problems' details. */
    record Limits(int maxRequestLine, String maxHeaders) {
    }

    private final ReactiveProblems problems;
    private final Limits limits;
    private boolean refused;

    UnreadableRequests(ReactiveProblems problems, Limits limits) {
        this.problems = problems;
        this.limits = limits;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (refused) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (msg instanceof HttpRequest request) {
            ProblemException problem = problemOf(request);
            if (problem != null) {
                refused = true;
                ReferenceCountUtil.release(msg);
                refuse(ctx, request, problem);
                return;
            }
        }
        ctx.fireChannelRead(msg);
    }

    private ProblemException problemOf(HttpRequest request) {
        DecoderResult decoded = request.decoderResult();
        if (decoded.isFailure()) {
            Throwable cause = decoded.cause();
            if (cause instanceof TooLongHttpLineException) {
                return new ProblemException(ProblemType.URI_TOO_LONG, limits.maxRequestLine());
            }
            if (cause instanceof TooLongHttpHeaderException) {
                return new ProblemException(ProblemType.HEADERS_TOO_LARGE, limits.maxHeaders());
            }
            return new ProblemException(ProblemType.MALFORMED_REQUEST);
        }
        return RequestTargets.readable(request.uri()) ? null : new ProblemException(ProblemType.MALFORMED_REQUEST);
    }

    private void refuse(ChannelHandlerContext ctx, HttpRequest request, ProblemException problem) {
        if (ChannelOperations.get(ctx.channel()) != null) {
            // The answer to an earlier request on this connection is still being written (a pipelining client):
            // nothing may go out in between, so the connection ends here.
            ctx.close();
            return;
        }
        String requestId = RequestIds.keepOrCreate(request.headers().get(RequestIds.HEADER));
        byte[] json = problems.json(problem, request.headers().get(HttpHeaderNames.ACCEPT_LANGUAGE), null, requestId);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(problem.status().value()), Unpooled.wrappedBuffer(json));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, json.length)
                .set(RequestIds.HEADER, requestId)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        try (var id = MDC.putCloseable(RequestIds.MDC_KEY, requestId)) {
            // Neither method nor target is logged: neither could be read, and either may be anything.
            RequestLogFilter.ACCESS.atInfo()
                    .addKeyValue("status", problem.status().value())
                    .addKeyValue("problem", problem.type().slug())
                    .log("unreadable request {} {}", problem.status().value(), problem.type().slug());
        }
    }
}
