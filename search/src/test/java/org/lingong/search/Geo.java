package org.lingong.search;

/** Great-circle geometry on Elasticsearch's sphere (mean Earth radius), for placing jobs and checking distances. */
public final class Geo {

    /** Elasticsearch's and Lucene's mean Earth radius in metres. */
    public static final double EARTH_RADIUS = 6_371_008.7714;

    private Geo() {
    }

    /** The haversine (arc) distance in metres, as Elasticsearch's {@code arc} distance computes it. */
    public static double distance(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** The point {@code metres} away from the start in direction {@code bearing} (degrees clockwise from north). */
    public static double[] destination(double lat, double lon, double bearing, double metres) {
        double d = metres / EARTH_RADIUS;
        double b = Math.toRadians(bearing);
        double phi1 = Math.toRadians(lat);
        double lambda1 = Math.toRadians(lon);
        double phi2 = Math.asin(Math.sin(phi1) * Math.cos(d) + Math.cos(phi1) * Math.sin(d) * Math.cos(b));
        double lambda2 = lambda1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(phi1),
                Math.cos(d) - Math.sin(phi1) * Math.sin(phi2));
        return new double[] {Math.toDegrees(phi2), Math.toDegrees(lambda2)};
    }
}
