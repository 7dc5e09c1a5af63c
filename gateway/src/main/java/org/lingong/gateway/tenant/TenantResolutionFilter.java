package org.lingong.gateway.tenant;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.tenant.TrustedHeaders;
import org.lingong.gateway.FilterOrder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Resolves the tenant of every request before routing: removes any tenant header the client sent, strips the
 * {@code /t/{code}} prefix so the routes see {@code /api/...}, and sets the trusted tenant headers for the services.
 */
@Component
class TenantResolutionFilter implements WebFilter, Ordered {

    private static final String CLIENT_TENANT_HEADERS = TrustedHeaders.TENANT.toLowerCase(Locale.ROOT);

    private final TenantRegistry registry;
    private final TenantResolver resolver;

    TenantResolutionFilter(TenantRegistry registry, TenantProperties properties) {
        this.registry = registry;
        this.resolver = new TenantResolver(properties.platformDomain());
    }

    @Override
    public int getOrder() {
        return FilterOrder.TENANT_RESOLUTION;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        Optional<TenantResolver.Scoped> scoped;
        try {
            scoped = resolver.resolve(request.getURI().getRawPath(), host(request), request.getMethod().name(),
                    registry.snapshot().orElse(null));
        } catch (ProblemException refused) {
            return Mono.error(refused);
        }
        ServerHttpRequest.Builder routed = request.mutate().headers(TenantResolutionFilter::removeTenantHeaders);
        scoped.ifPresent(resolved -> {
            RegisteredTenant tenant = resolved.tenant();
            tenant.attachTo(exchange);
            routed.path(resolved.path()).headers(headers -> {
                headers.set(TrustedHeaders.TENANT, tenant.code());
                if (tenant.province() != null) {
                    headers.set(TrustedHeaders.TENANT_PROVINCE, tenant.province());
                }
            });
        });
        return chain.filter(exchange.mutate().request(routed.build()).build());
    }

    private static String host(ServerHttpRequest request) {
        InetSocketAddress host = request.getHeaders().getHost();
        return host == null ? null : host.getHostString();
    }

    /** Any header starting with X-Lingong-Tenant, in any letter case. */
    private static void removeTenantHeaders(HttpHeaders headers) {
        List<String> spoofed = headers.headerNames().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).startsWith(CLIENT_TENANT_HEADERS))
                .toList();
        spoofed.forEach(headers::remove);
    }
}
