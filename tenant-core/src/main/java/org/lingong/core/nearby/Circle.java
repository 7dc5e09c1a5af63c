package org.lingong.core.nearby;

import java.util.Map;

/**
 * A circle on the Earth: the bounding box a btree index can scan, and the exact great-circle (haversine) distance
 * that decides — on a sphere of the mean radius Elasticsearch uses too, so both engines agree.
 */
public record Circle(double latitude, double longitude, int radiusMeters) {

    public static final double EARTH_RADIUS_METRES = 6_371_008.7714;
    private static final double METRES_PER_DEGREE = EARTH_RADIUS_METRES * Math.PI / 180;

    /**
     * The distance in metres from the centre to the point in columns {@code lat}, {@code lon}, as SQL with the
     * named parameters of {@link #parameters()}.
     */
    public static String distanceSql(String lat, String lon) {
        return "(2 * " + EARTH_RADIUS_METRES + " * asin(sqrt(power(sin(radians(" + lat + " - :centerLat) / 2), 2)"
                + " + cos(radians(:centerLat)) * cos(radians(" + lat + "))"
                + " * power(sin(radians(" + lon + " - :centerLon) / 2), 2))))";
    }

    /** The box around the circle, as SQL over the columns: what the index narrows down before the exact distance. */
    public static String boxSql(String lat, String lon) {
        return lat + " between :south and :north and " + lon + " between :west and :east";
    }

    /** The centre, the radius and the box's edges (a little wider than needed: the exact distance decides). */
    public Map<String, Object> parameters() {
        double dLat = radiusMeters / METRES_PER_DEGREE * 1.001;
        double widestLatitude = Math.min(89, Math.abs(latitude) + dLat);
        double dLon = dLat / Math.cos(Math.toRadians(widestLatitude));
        return Map.of("centerLat", latitude, "centerLon", longitude, "radius", (double) radiusMeters,
                "south", latitude - dLat, "north", latitude + dLat, "west", longitude - dLon, "east", longitude + dLon);
    }

    /** The same formula as {@link #distanceSql}, in Java. */
    public static double distance(double lat1, double lon1, double lat2, double lon2) {
        double h = Math.pow(Math.sin(Math.toRadians(lat2 - lat1) / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2))
                * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(h));
    }

    /** Whole minutes on foot at this speed, rounded up: a hit 1 m away is a minute's walk. */
    public static int walkingMinutes(double distanceMeters, int walkMetresPerMinute) {
        return (int) Math.ceil(distanceMeters / walkMetresPerMinute);
    }
}
