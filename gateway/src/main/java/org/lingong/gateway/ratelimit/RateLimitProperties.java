package org.lingong.gateway.ratelimit;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The platform's rate limits, for all gateway replicas together (each replica enforces its share).
 *
 * @param authenticated  each token subject's limit
 * @param anonymous      each client address's limit (an IPv6 client's /64), for requests without a valid token
 * @param cityPerSecond  a city's ceiling when tenant-core's registry names none
 * @param cityBurst      how much of its ceiling a city may use at once: a burst of this many seconds' worth
 * @param maxCallers     how many callers' buckets one replica keeps at most
 * @param trustedProxies comma-separated CIDR ranges whose forwarding header names the client
 * @param clientHeader   the header those proxies set: {@code X-Forwarded-For} or {@code Forwarded}
 */
@ConfigurationProperties("lingong.gateway.rate-limit")
record RateLimitProperties(Caller authenticated, Caller anonymous, int cityPerSecond, Duration cityBurst,
        int maxCallers, String trustedProxies, String clientHeader) {

    /** One caller's limit: requests per second (a fraction allowed), and how many may come at once. */
    record Caller(double perSecond, int burst) {

        Rate rate() {
            return new Rate(perSecond, burst);
        }
    }

    Rate city(int perSecond) {
        return new Rate(perSecond, perSecond * (cityBurst.toMillis() / 1000.0));
    }

    List<AddressRange> trustedProxyRanges() {
        return Arrays.stream(trustedProxies.split(",")).filter(range -> !range.isBlank()).map(AddressRange::parse)
                .toList();
    }
}
