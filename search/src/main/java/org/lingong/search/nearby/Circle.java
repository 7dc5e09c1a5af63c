package org.lingong.search.nearby;

import org.jspecify.annotations.Nullable;
import org.lingong.search.tenants.TravelMode;

/**
 * Where to look: a WGS-84 centre inside mainland China's box and either a radius in metres or minutes of travel by
 * a mode (default: 15 minutes' walk).
 */
record Circle(double latitude, double longitude, @Nullable Integer radiusMeters, @Nullable Integer minutes,
        @Nullable TravelMode mode) {

    static Circle of(@Nullable String lat, @Nullable String lon, @Nullable String radiusMeters,
            @Nullable String minutes, @Nullable String mode) {
        Double latitude = Parameters.decimal("lat", lat, 3.8, 53.6);
        Double longitude = Parameters.decimal("lon", lon, 73.5, 135.1);
        if (latitude == null) {
            throw BadParameter.missing("lat");
        }
        if (longitude == null) {
            throw BadParameter.missing("lon");
        }
        Long radius = Parameters.integer("radiusMeters", radiusMeters, 100, 50_000);
        Long travelMinutes = Parameters.integer("minutes", minutes, 1, 120);
        TravelMode travelMode = Parameters.choice("mode", mode, TravelMode.class);
        if (radius != null) {
            if (travelMinutes != null) {
                throw BadParameter.conflicting("radiusMeters", "minutes");
            }
            if (travelMode != null) {
                throw BadParameter.conflicting("radiusMeters", "mode");
            }
            return new Circle(latitude, longitude, radius.intValue(), null, null);
        }
        return new Circle(latitude, longitude, null, travelMinutes == null ? 15 : travelMinutes.intValue(),
                travelMode == null ? TravelMode.WALK : travelMode);
    }
}
