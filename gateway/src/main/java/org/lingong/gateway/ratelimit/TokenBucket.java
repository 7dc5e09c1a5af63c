package org.lingong.gateway.ratelimit;

import java.util.concurrent.TimeUnit;

/**
 * A token bucket whose rate is given on each call, so a change of the limit (the registry's ceiling, the number of
 * gateway replicas) applies at once without losing what the caller has already used.
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);

    private double tokens;
    private long refilledAt;
    private Rate rate;

    TokenBucket(Rate rate, long nowNanos) {
        this.tokens = rate.burst();
        this.refilledAt = nowNanos;
        this.rate = rate;
    }

    /** @return 0 when a token was taken, otherwise the nanoseconds until the next one */
    synchronized long tryTake(Rate current, long nowNanos) {
        if (!current.equals(rate)) {
            // What the caller used stays used: a smaller bucket (another replica joined) is that much less full.
            tokens = Math.clamp(tokens + current.burst() - rate.burst(), 0, current.burst());
            rate = current;
        }
        tokens = Math.min(current.burst(), tokens + (nowNanos - refilledAt) * current.perSecond() / NANOS_PER_SECOND);
        refilledAt = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) * NANOS_PER_SECOND / current.perSecond());
    }

    /** Full again by now: forgetting it changes nothing, the caller's next request would find a full bucket anyway. */
    synchronized boolean isFull(long nowNanos) {
        return tokens + (nowNanos - refilledAt) * rate.perSecond() / NANOS_PER_SECOND >= rate.burst();
    }
}
