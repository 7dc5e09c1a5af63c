package org.lingong.core.orders;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * The city's limits for the order's timed steps (see {@link OrderClock}); the defaults follow common practice on gig
 * platforms. Settlement reads {@link #paymentWithin()}.
 */
public record OrderClockSettings(@Min(1) @Max(1440) int confirmWithinMinutes,
                                 @Min(5) @Max(720) int noShowAfterMinutes,
                                 @Min(1) @Max(168) int completeAfterHours,
                                 @Min(1) @Max(60) int paymentWithinDays,
                                 @Min(50) @Max(5000) int checkInRadiusMetres) {

    Duration confirmWithin() {
        return Duration.ofMinutes(confirmWithinMinutes);
    }

    Duration noShowAfter() {
        return Duration.ofMinutes(noShowAfterMinutes);
    }

    Duration completeAfter() {
        return Duration.ofHours(completeAfterHours);
    }

    public Duration paymentWithin() {
        return Duration.ofDays(paymentWithinDays);
    }
}
