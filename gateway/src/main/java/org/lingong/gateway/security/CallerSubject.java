package org.lingong.gateway.security;

import java.util.Optional;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/** The authenticated caller's subject, kept on the exchange for the access log (also of refused requests). */
public final class CallerSubject {

    private static final String SUBJECT = CallerSubject.class.getName();

    private CallerSubject() {
    }

    public static Optional<String> subject(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(SUBJECT));
    }

    /** Runs right after authentication, before any authorization decision. */
    static WebFilter recorder() {
        return (exchange, chain) -> ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .doOnNext(authentication -> exchange.getAttributes().put(SUBJECT, authentication.getName()))
                .then(Mono.defer(() -> chain.filter(exchange)));
    }
}
