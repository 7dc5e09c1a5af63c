package org.lingong.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CallerBucketsTests {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final Rate RATE = new Rate(10, 20);

    @Test
    void aBucketIsForgottenOnceFullAgainSoMemoryFollowsRecentCallers() {
        CallerBuckets buckets = new CallerBuckets(1_000, 0);
        for (int i = 0; i < 500; i++) {
            buckets.take("ip:10.0." + i / 250 + "." + i % 250, RATE, 0);
        }
        assertThat(buckets.size()).isEqualTo(500);

        // Two seconds later every one of them has refilled (20 at 10 per second); the next request sweeps them away.
        buckets.take("ip:192.0.2.1", RATE, 2 * SECOND);

        assertThat(buckets.size()).isEqualTo(1);
    }

    @Test
    void aBucketStillInUseIsKept() {
        CallerBuckets buckets = new CallerBuckets(1_000, 0);
        for (int i = 0; i < 20; i++) {
            buckets.take("sub:flooder", RATE, 0);
        }
        // A second later the sweep runs, and the flooder's bucket is half full again: kept.
        buckets.take("sub:other", RATE, SECOND);

        assertThat(buckets.size()).isEqualTo(2);
        assertThat(buckets.take("sub:flooder", RATE, SECOND)).isZero();
    }

    @Test
    void neverHoldsMoreThanItsCapacityAndLetsTheRestPassUnmetered() {
        CallerBuckets buckets = new CallerBuckets(100, 0);
        for (int i = 0; i < 1_000; i++) {
            assertThat(buckets.take("ip:made-up-" + i, RATE, 0)).isZero();
        }
        assertThat(buckets.size()).isEqualTo(100);
        // A caller already tracked stays limited.
        for (int i = 0; i < 19; i++) {
            buckets.take("ip:made-up-0", RATE, 0);
        }
        assertThat(buckets.take("ip:made-up-0", RATE, 0)).isPositive();
    }
}
