package org.lingong.core.nearby;

import org.lingong.core.registry.TravelMode;
import org.lingong.core.registry.TravelSpeeds;

/**
 * Where to look: a circle, and how its radius was asked for — a plain radius ({@code mode} and {@code minutes} are
 * then null) or minutes of travel in a mode at the city's speed.
 */
public record NearbyArea(Circle circle, TravelMode mode, Integer minutes, TravelSpeeds speeds) {

    static final int DEFAULT_MINUTES = 15;

    /** Reads the shared parameters lat, lon, radiusMeters | minutes + mode; a bad one is a 400 naming it. */
    public static NearbyArea of(String lat, String lon, String radiusMeters, String minutes, String mode,
                                TravelSpeeds speeds) {
        double latitude = Parameters.decimal("lat", lat, 3.8, 53.6);
        double longitude = Parameters.decimal("lon", lon, 73.5, 135.1);
        if (radiusMeters != null && (minutes != null || mode != null)) {
            throw Parameters.invalid("radiusMeters", radiusMeters, "radiusMeters | minutes + mode");
        }
        if (radiusMeters != null) {
            return new NearbyArea(new Circle(latitude, longitude, Parameters.integer("radiusMeters", radiusMeters,
                    100, 50_000, 0)), null, null, speeds);
        }
        int travelMinutes = Parameters.integer("minutes", minutes, 1, 120, DEFAULT_MINUTES);
        TravelMode travelMode = Parameters.choice("mode", mode, TravelMode.class, TravelMode.WALK);
        int radius = travelMinutes * speeds.metresPerMinute(travelMode);
        return new NearbyArea(new Circle(latitude, longitude, radius), travelMode, travelMinutes, speeds);
    }

    public int walkingMinutes(double distanceMeters) {
        return Circle.walkingMinutes(distanceMeters, speeds.metresPerMinute(TravelMode.WALK));
    }
}
