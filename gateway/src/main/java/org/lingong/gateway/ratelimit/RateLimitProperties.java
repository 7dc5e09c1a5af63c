package org.lingong.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param defaultPerSecond the rate of a tenant whose registry entry names none */
@ConfigurationProperties("lingong.gateway.rate-limit")
record RateLimitProperties(int defaultPerSecond) {
}
