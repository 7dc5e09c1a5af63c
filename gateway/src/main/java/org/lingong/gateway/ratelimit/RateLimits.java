package org.lingong.gateway.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.gateway.tenant.GatewayReplicas;
import org.lingong.gateway.tenant.RegisteredTenant;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * Rate limits per caller, under a ceiling per city ({@link Limiter}): a request with a verified token is counted
 * against its subject, any other against its client's address ({@link ClientAddress}), so a flood by one caller —
 * anonymous or signed in — is refused while everyone else carries on. It runs right after authentication: a caller is
 * known only once its token is verified, and a request with a token that fails verification is charged to its
 * address ({@link #chargeFailedToken}). Each gateway replica enforces its share of every limit
 * ({@link GatewayReplicas}). A refusal is 429 {@code rate-limited} with {@code Retry-After}.
 */
@Component
public class RateLimits {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final Limiter limiter;
    private final ClientAddress addresses;
    private final Map<String, Counter> refused;

    RateLimits(RateLimitProperties properties, GatewayReplicas replicas, MeterRegistry meters) {
        this.limiter = new Limiter(properties, replicas::count, System::nanoTime);
        this.addresses = new ClientAddress(properties.trustedProxyRanges(), properties.clientHeader());
        this.refused = Map.of(
                "caller", refusals(meters, "caller"),
                "address", refusals(meters, "address"),
                "city", refusals(meters, "city"));
        meters.gauge("lingong.gateway.rate.limit.callers", limiter, Limiter::trackedCallers);
    }

    private static Counter refusals(MeterRegistry meters, String limit) {
        return Counter.builder("lingong.gateway.rate.limited").description("Requests refused with 429, by limit")
                .tag("limit", limit).register(meters);
    }

    /** The filter for the security chain, right after authentication. */
    public WebFilter afterAuthentication() {
        return (exchange, chain) -> ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(token -> new Caller("sub:" + token.getName(), true))
                .switchIfEmpty(Mono.fromSupplier(() -> new Caller(addresses.of(exchange.getRequest()), false)))
                .flatMap(caller -> {
                    Limiter.Refusal refusal = limiter.admit(caller.key(), caller.authenticated(), tenant(exchange));
                    return refusal == null ? chain.filter(exchange) : refusal(refusal);
                });
    }

    /** A token's subject, or a client address when there is no verified token. */
    private record Caller(String key, boolean authenticated) {
    }

    /** Charges a request whose token failed verification to its address: a 429 once that is spent. */
    public Mono<Void> chargeFailedToken(ServerWebExchange exchange) {
        return Mono.fromSupplier(() -> limiter.chargeAddress(addresses.of(exchange.getRequest())))
                .flatMap(this::refusal);
    }

    private <T> Mono<T> refusal(Limiter.Refusal refusal) {
        refused.get(refusal.limit()).increment();
        long seconds = Math.max(1, (refusal.waitNanos() + SECOND - 1) / SECOND);
        return Mono.error(new ProblemException(ProblemType.RATE_LIMITED)
                .withHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
    }

    private static RegisteredTenant tenant(ServerWebExchange exchange) {
        return RegisteredTenant.of(exchange).orElse(null);
    }
}
