package org.lingong.common.nearby;

import java.util.Objects;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Where to look: a WGS-84 centre inside mainland China's box and either a radius in metres ({@code mode} and
 * {@code minutes} are then null) or minutes of travel by a mode (default: 15 minutes' walk), which the city's speed
 * for that mode turns into a radius.
 */
public record NearbyArea(double latitude, double longitude, @Nullable Integer radiusMeters, @Nullable Integer minutes,
        @Nullable TravelMode mode) {

    public static final int DEFAULT_MINUTES = 15;

    /** Reads {@code lat}, {@code lon} and {@code radiusMeters} | {@code minutes} + {@code mode}. */
    public static NearbyArea of(@Nullable String lat, @Nullable String lon, @Nullable String radiusMeters,
            @Nullable String minutes, @Nullable String mode) {
        Double latitude = QueryParameters.decimal("lat", lat, 3.8, 53.6);
        Double longitude = QueryParameters.decimal("lon", lon, 73.5, 135.1);
        if (latitude == null) {
            throw QueryParameters.missing("lat");
        }
        if (longitude == null) {
            throw QueryParameters.missing("lon");
        }
        Long radius = QueryParameters.integer("radiusMeters", radiusMeters, 100, 50_000);
        Long travelMinutes = QueryParameters.integer("minutes", minutes, 1, 120);
        TravelMode travelMode = QueryParameters.choice("mode", mode, TravelMode.class);
        if (radius != null) {
            if (travelMinutes != null) {
                throw QueryParameters.conflicting("radiusMeters", "minutes");
            }
            if (travelMode != null) {
                throw QueryParameters.conflicting("radiusMeters", "mode");
            }
            return new NearbyArea(latitude, longitude, radius.intValue(), null, null);
        }
        return new NearbyArea(latitude, longitude, null,
                travelMinutes == null ? DEFAULT_MINUTES : travelMinutes.intValue(),
                travelMode == null ? TravelMode.WALK : travelMode);
    }

    /** The radius in metres, with the city's metres per minute for the mode when minutes were asked for. */
    public int radius(ToIntFunction<TravelMode> metresPerMinute) {
        if (radiusMeters != null) {
            return radiusMeters;
        }
        return Objects.requireNonNull(minutes) * metresPerMinute.applyAsInt(Objects.requireNonNull(mode));
    }
}
