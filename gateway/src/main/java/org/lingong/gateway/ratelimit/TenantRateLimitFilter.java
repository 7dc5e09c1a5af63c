package org.lingong.gateway.ratelimit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.gateway.FilterOrder;
import org.lingong.gateway.tenant.RegisteredTenant;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Per-tenant token bucket, held in memory: the limit applies per gateway replica, so a tenant's total is the rate
 * times the number of replicas. Requests that are not tenant scoped are not limited here.
 */
@Component
class TenantRateLimitFilter implements WebFilter, Ordered {

    private final int defaultPerSecond;
    // One bucket per registered tenant: the registry bounds the size of this map.
    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    TenantRateLimitFilter(RateLimitProperties properties) {
        this.defaultPerSecond = properties.defaultPerSecond();
    }

    @Override
    public int getOrder() {
        return FilterOrder.RATE_LIMIT;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return RegisteredTenant.of(exchange)
                .map(tenant -> {
                    long wait = bucket(tenant).tryTake(System.nanoTime());
                    return wait == 0 ? chain.filter(exchange) : Mono.<Void>error(tooMany(wait));
                })
                .orElseGet(() -> chain.filter(exchange));
    }

    private TokenBucket bucket(RegisteredTenant tenant) {
        Integer configured = tenant.rateLimitPerSecond();
        int rate = configured != null && configured > 0 ? configured : defaultPerSecond;
        // A changed rate in the registry starts a fresh bucket.
        return buckets.compute(tenant.code(), (code, bucket) ->
                bucket != null && bucket.ratePerSecond() == rate ? bucket : new TokenBucket(rate, System.nanoTime()));
    }

    private static ProblemException tooMany(long waitNanos) {
        long seconds = Math.max(1, (waitNanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
        return new ProblemException(ProblemType.RATE_LIMITED).withHeader(HttpHeaders.RETRY_AFTER,
                Long.toString(seconds));
    }
}
