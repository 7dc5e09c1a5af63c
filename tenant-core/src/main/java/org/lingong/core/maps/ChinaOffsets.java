package org.lingong.core.maps;

import java.util.function.UnaryOperator;

/**
 * The publicly documented offset formulas: WGS-84 → GCJ-02 on the Krasovsky 1940 ellipsoid, GCJ-02 → BD-09 with
 * Baidu's rotation and shift. Neither has a closed-form inverse, so the way back is solved by iteration to well under
 * a millimetre.
 */
final class ChinaOffsets {

    /** Semi-major axis of the Krasovsky 1940 ellipsoid, in metres. */
    private static final double A = 6378245.0;
    /** Its first eccentricity squared. */
    private static final double EE = 0.00669342162296594323;
    private static final double X_PI = Math.PI * 3000.0 / 180.0;

    /** About 0.1 mm; the iteration stops once the forward formula reproduces the target this closely. */
    private static final double TOLERANCE_DEGREES = 1e-9;
    private static final int MAX_ITERATIONS = 30;

    private ChinaOffsets() {
    }

    /**
     * The bounding box the public algorithm treats as China; outside it no offset applies. It is a rectangle, so it
     * includes neighbours such as Korea and leaves out nothing of China.
     */
    static boolean outsideChina(GeoPoint point) {
        double lon = point.longitude();
        double lat = point.latitude();
        return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    static GeoPoint wgs84ToGcj02(GeoPoint wgs) {
        double x = wgs.longitude() - 105.0;
        double y = wgs.latitude() - 35.0;
        double radLat = Math.toRadians(wgs.latitude());
        double magic = 1 - EE * Math.sin(radLat) * Math.sin(radLat);
        double sqrtMagic = Math.sqrt(magic);
        double dLat = latitudeShift(x, y) * 180.0 / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        double dLon = longitudeShift(x, y) * 180.0 / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new GeoPoint(wgs.latitude() + dLat, wgs.longitude() + dLon);
    }

    static GeoPoint gcj02ToWgs84(GeoPoint gcj) {
        return invert(ChinaOffsets::wgs84ToGcj02, gcj);
    }

    static GeoPoint gcj02ToBd09(GeoPoint gcj) {
        double x = gcj.longitude();
        double y = gcj.latitude();
        double z = Math.sqrt(x * x + y * y) + 0.00002 * Math.sin(y * X_PI);
        double theta = Math.atan2(y, x) + 0.000003 * Math.cos(x * X_PI);
        return new GeoPoint(z * Math.sin(theta) + 0.006, z * Math.cos(theta) + 0.0065);
    }

    static GeoPoint bd09ToGcj02(GeoPoint bd) {
        return invert(ChinaOffsets::gcj02ToBd09, bd);
    }

    private static double latitudeShift(double x, double y) {
        return -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
                + commonWave(x)
                + (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0
                + (160.0 * Math.sin(y / 12.0 * Math.PI) + 320.0 * Math.sin(y / 30.0 * Math.PI)) * 2.0 / 3.0;
    }

    private static double longitudeShift(double x, double y) {
        return 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
                + commonWave(x)
                + (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0
                + (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
    }

    private static double commonWave(double x) {
        return (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    }

    /**
     * Solves {@code forward(p) = target}. Both offsets are small and vary slowly, so stepping back by the remaining
     * error converges within a few steps.
     */
    private static GeoPoint invert(UnaryOperator<GeoPoint> forward, GeoPoint target) {
        double lat = target.latitude();
        double lon = target.longitude();
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            GeoPoint image = forward.apply(new GeoPoint(lat, lon));
            double errorLat = image.latitude() - target.latitude();
            double errorLon = image.longitude() - target.longitude();
            if (Math.abs(errorLat) < TOLERANCE_DEGREES && Math.abs(errorLon) < TOLERANCE_DEGREES) {
                break;
            }
            lat -= errorLat;
            lon -= errorLon;
        }
        return new GeoPoint(lat, lon);
    }
}
