package org.lingong.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TokenBucketTests {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void allowsItsBurstThenTheRate() {
        Rate rate = new Rate(5, 10);
        TokenBucket bucket = new TokenBucket(rate, 0);
        for (int i = 0; i < 10; i++) {
            assertThat(bucket.tryTake(rate, 0)).isZero();
        }
        assertThat(bucket.tryTake(rate, 0)).isEqualTo(SECOND / 5);
        assertThat(bucket.tryTake(rate, SECOND / 5)).isZero();
        assertThat(bucket.tryTake(rate, SECOND / 5)).isPositive();
    }

    @Test
    void neverSavesMoreThanItsBurst() {
        Rate rate = new Rate(2, 2);
        TokenBucket bucket = new TokenBucket(rate, 0);
        long later = 60 * SECOND;
        assertThat(bucket.tryTake(rate, later)).isZero();
        assertThat(bucket.tryTake(rate, later)).isZero();
        assertThat(bucket.tryTake(rate, later)).isPositive();
    }

    @Test
    void aSmallerLimitAppliesAtOnceWithoutForgettingWhatWasUsed() {
        TokenBucket bucket = new TokenBucket(new Rate(10, 10), 0);
        for (int i = 0; i < 4; i++) {
            assertThat(bucket.tryTake(new Rate(10, 10), 0)).isZero();
        }
        // Another replica joined: the share halves, and the 4 taken still count against the 5 left.
        Rate half = new Rate(5, 5);
        assertThat(bucket.tryTake(half, 0)).isZero();
        assertThat(bucket.tryTake(half, 0)).isPositive();
    }

    @Test
    void isFullOnceItHasRefilled() {
        Rate rate = new Rate(1, 3);
        TokenBucket bucket = new TokenBucket(rate, 0);
        bucket.tryTake(rate, 0);
        assertThat(bucket.isFull(SECOND / 2)).isFalse();
        assertThat(bucket.isFull(SECOND)).isTrue();
    }
}
