package org.lingong.core.notifications;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a worker gets to a job, with the speed that turns their minutes into the radius of their circle: the one place
 * the speeds live until cities can configure their own.
 */
public enum TravelMode {
    WALK(75), BIKE(200), EBIKE(300), TRANSIT(250);

    /** The longest circle a worker can choose. */
    static final int MAX_MINUTES = 60;

    private final int metresPerMinute;

    TravelMode(int metresPerMinute) {
        this.metresPerMinute = metresPerMinute;
    }

    int metresPerMinute() {
        return metresPerMinute;
    }

    /** The radius of the largest circle any worker can have: bounds the search before exact distances. */
    static int maxRadiusMetres() {
        return MAX_MINUTES * Arrays.stream(values()).mapToInt(TravelMode::metresPerMinute).max().orElseThrow();
    }

    /** SQL giving the speed of {@code column}'s mode in metres per minute; built from the constants only. */
    static String speedSql(String column) {
        return Arrays.stream(values()).map(mode -> "when '" + mode.name() + "' then " + mode.metresPerMinute)
                .collect(Collectors.joining(" ", "case " + column + " ", " end"));
    }
}
