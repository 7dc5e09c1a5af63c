package org.lingong.gateway.ratelimit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One bucket per caller, in bounded memory: a bucket that has filled up again is dropped (a full bucket and no bucket
 * admit the same), swept at most once a second, so memory follows the callers of the last few seconds; and never more
 * than {@code capacity} buckets — past it, a new caller goes unmetered (the city ceiling still holds) until a sweep
 * makes room, rather than a flood of made-up callers crowding out real ones or exhausting memory.
 */
final class CallerBuckets {

    private static final long SWEEP_EVERY = TimeUnit.SECONDS.toNanos(1);

    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final int capacity;
    private final AtomicLong sweptAt;

    CallerBuckets(int capacity, long nowNanos) {
        this.capacity = capacity;
        this.sweptAt = new AtomicLong(nowNanos);
    }

    /** @return 0 when admitted (an unmetered caller too), otherwise the nanoseconds until the next token */
    long take(String caller, Rate rate, long nowNanos) {
        long last = sweptAt.get();
        if (nowNanos - last >= SWEEP_EVERY && sweptAt.compareAndSet(last, nowNanos)) {
            sweep(nowNanos);
        }
        TokenBucket bucket = buckets.get(caller);
        if (bucket == null) {
            if (buckets.size() >= capacity) {
                return 0;
            }
            bucket = buckets.computeIfAbsent(caller, key -> new TokenBucket(rate, nowNanos));
        }
        return bucket.tryTake(rate, nowNanos);
    }

    int size() {
        return buckets.size();
    }

    private void sweep(long nowNanos) {
        // A request racing the removal takes from the dropped bucket: at worst one token more for a caller that was idle.
        buckets.values().removeIf(bucket -> bucket.isFull(nowNanos));
    }
}
