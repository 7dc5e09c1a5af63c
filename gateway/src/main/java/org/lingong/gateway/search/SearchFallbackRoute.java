package org.lingong.gateway.search;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.ServerWebExchange;

/**
 * Where the search-nearby route's circuit breaker forwards a request it could not serve (search unreachable, a 5xx,
 * slower than its time limit, or the circuit open): to tenant-core's PostgreSQL nearby query, with the same path
 * parameters, query and trusted tenant headers; tenant-core answers the same shape marked {@code degraded}. The route
 * only matches requests the circuit breaker forwarded, so {@value #PATH} is not reachable from outside.
 */
@Configuration(proxyBeanMethods = false)
class SearchFallbackRoute {

    static final String PATH = "/fallback/jobs-nearby";
    private static final String TENANT_CORE_NEARBY = "/api/v1/jobs/nearby";

    @Bean
    RouteLocator searchNearbyFallback(RouteLocatorBuilder routes,
                                      @Value("${LINGONG_TENANT_CORE_URL:http://127.0.0.1:8081}") String tenantCore) {
        return routes.routes()
                .route("search-nearby-fallback", route -> route
                        .path(PATH).and().predicate(SearchFallbackRoute::forwardedByTheCircuitBreaker)
                        .filters(filters -> filters.setPath(TENANT_CORE_NEARBY))
                        .uri(tenantCore))
                .build();
    }

    private static boolean forwardedByTheCircuitBreaker(ServerWebExchange exchange) {
        return exchange.getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR) != null;
    }
}
