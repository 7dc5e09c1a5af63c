package org.lingong.gateway.ratelimit;

import java.util.concurrent.TimeUnit;

/** Allows {@code ratePerSecond} requests per second on average and bursts of up to one second's worth. */
final class TokenBucket {

    private static final long NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);

    private final int ratePerSecond;
    private double tokens;
    private long refilledAt;

    TokenBucket(int ratePerSecond, long nowNanos) {
        this.ratePerSecond = ratePerSecond;
        this.tokens = ratePerSecond;
        this.refilledAt = nowNanos;
    }

    int ratePerSecond() {
        return ratePerSecond;
    }

    /** @return 0 when a token was taken, otherwise the nanoseconds until the next one */
    synchronized long tryTake(long nowNanos) {
        tokens = Math.min(ratePerSecond, tokens + (nowNanos - refilledAt) * (double) ratePerSecond / NANOS_PER_SECOND);
        refilledAt = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) * NANOS_PER_SECOND / ratePerSecond);
    }
}
