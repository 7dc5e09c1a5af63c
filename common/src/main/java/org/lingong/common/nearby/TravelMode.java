package org.lingong.common.nearby;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a worker gets to a job. The default speeds (metres per minute) are the platform's; each city may set its own
 * (its administrator edits them in tenant-core; search gets them through the registry feed).
 */
public enum TravelMode {
    WALK(75), BIKE(200), EBIKE(300), TRANSIT(250);

    private final int defaultMetresPerMinute;

    TravelMode(int defaultMetresPerMinute) {
        this.defaultMetresPerMinute = defaultMetresPerMinute;
    }

    public int defaultMetresPerMinute() {
        return defaultMetresPerMinute;
    }

    /** A mode as people and addresses write it: any case, blanks around it ignored ({@code ebike} is EBIKE). */
    public static Optional<TravelMode> parse(@Nullable String text) {
        return QueryParameters.enumValue(TravelMode.class, text);
    }
}
