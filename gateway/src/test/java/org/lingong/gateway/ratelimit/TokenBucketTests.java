package org.lingong.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TokenBucketTests {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void allowsABurstOfOneSecondThenTheRate() {
        TokenBucket bucket = new TokenBucket(5, 0);
        for (int i = 0; i < 5; i++) {
            assertThat(bucket.tryTake(0)).isZero();
        }
        assertThat(bucket.tryTake(0)).isEqualTo(SECOND / 5);
        assertThat(bucket.tryTake(SECOND / 5)).isZero();
        assertThat(bucket.tryTake(SECOND / 5)).isPositive();
    }

    @Test
    void neverSavesMoreThanOneSecondOfTokens() {
        TokenBucket bucket = new TokenBucket(2, 0);
        long later = 60 * SECOND;
        assertThat(bucket.tryTake(later)).isZero();
        assertThat(bucket.tryTake(later)).isZero();
        assertThat(bucket.tryTake(later)).isPositive();
    }

    @Test
    void waitNeverExceedsOneTokenInterval() {
        TokenBucket bucket = new TokenBucket(1, 0);
        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(SECOND / 4)).isEqualTo(SECOND * 3 / 4);
    }
}
