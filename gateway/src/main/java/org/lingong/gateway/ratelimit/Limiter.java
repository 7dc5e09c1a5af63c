package org.lingong.gateway.ratelimit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import org.lingong.gateway.tenant.RegisteredTenant;

/**
 * The limits themselves, apart from HTTP: first the caller's own bucket, then — for a request in a city — the city's
 * ceiling, each divided by the number of live gateway replicas. A request the caller's limit refuses costs the city
 * nothing, so one caller's flood never eats into the ceiling that everyone else shares.
 */
final class Limiter {

    /** Which limit refused a request, and for how long. */
    record Refusal(String limit, long waitNanos) {
    }

    private final RateLimitProperties properties;
    private final IntSupplier replicas;
    private final LongSupplier clock;
    private final CallerBuckets callers;
    // One bucket per routable city: the registry bounds this map.
    private final ConcurrentMap<String, TokenBucket> cities = new ConcurrentHashMap<>();

    Limiter(RateLimitProperties properties, IntSupplier replicas, LongSupplier clock) {
        this.properties = properties;
        this.replicas = replicas;
        this.clock = clock;
        this.callers = new CallerBuckets(properties.maxCallers(), clock.getAsLong());
    }

    /**
     * @param caller        {@code sub:<subject>} for a verified token, else the client's {@code ip:} key
     * @param authenticated whether the caller holds a verified token
     * @param tenant        the request's city, or null outside any
     * @return null when admitted
     */
    Refusal admit(String caller, boolean authenticated, RegisteredTenant tenant) {
        long now = clock.getAsLong();
        int share = replicas.getAsInt();
        Rate own = (authenticated ? properties.authenticated() : properties.anonymous()).rate().share(share);
        long wait = callers.take(caller, own, now);
        if (wait > 0) {
            return new Refusal(authenticated ? "caller" : "address", wait);
        }
        if (tenant == null) {
            return null;
        }
        Integer registered = tenant.rateLimitPerSecond();
        Rate ceiling = properties.city(registered != null && registered > 0 ? registered : properties.cityPerSecond())
                .share(share);
        wait = cities.computeIfAbsent(tenant.code(), code -> new TokenBucket(ceiling, now)).tryTake(ceiling, now);
        return wait > 0 ? new Refusal("city", wait) : null;
    }

    /** A client whose token failed verification: charged to its address, so invalid tokens cannot flood either. */
    Refusal chargeAddress(String address) {
        long wait = callers.take(address, properties.anonymous().rate().share(replicas.getAsInt()),
                clock.getAsLong());
        return wait > 0 ? new Refusal("address", wait) : null;
    }

    int trackedCallers() {
        return callers.size();
    }
}
