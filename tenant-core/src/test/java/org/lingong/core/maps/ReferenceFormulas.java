package org.lingong.core.maps;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * An independent evaluation of the published forward formulas (WGS-84 → GCJ-02, GCJ-02 → BD-09) in BigDecimal at 40
 * significant digits, with its own series for the trigonometric functions: expected values for test points that have
 * no published conversion, computed without the production code or {@link Math}.
 */
final class ReferenceFormulas {

    private static final MathContext MC = new MathContext(40);
    private static final BigDecimal PI = new BigDecimal("3.141592653589793238462643383279502884197");
    private static final BigDecimal TWO_PI = PI.multiply(BigDecimal.TWO, MC);
    private static final BigDecimal A = new BigDecimal("6378245.0");
    private static final BigDecimal EE = new BigDecimal("0.00669342162296594323");
    private static final BigDecimal X_PI = PI.multiply(BigDecimal.valueOf(3000)).divide(BigDecimal.valueOf(180), MC);
    private static final BigDecimal TWO_THIRDS = BigDecimal.TWO.divide(BigDecimal.valueOf(3), MC);

    private ReferenceFormulas() {
    }

    static GeoPoint wgs84ToGcj02(GeoPoint wgs) {
        BigDecimal lat = new BigDecimal(wgs.latitude());
        BigDecimal lon = new BigDecimal(wgs.longitude());
        BigDecimal x = lon.subtract(BigDecimal.valueOf(105));
        BigDecimal y = lat.subtract(BigDecimal.valueOf(35));
        BigDecimal radLat = lat.multiply(PI).divide(BigDecimal.valueOf(180), MC);
        BigDecimal sinLat = sin(radLat);
        BigDecimal magic = BigDecimal.ONE.subtract(EE.multiply(sinLat).multiply(sinLat), MC);
        BigDecimal sqrtMagic = magic.sqrt(MC);
        BigDecimal latDenominator = A.multiply(BigDecimal.ONE.subtract(EE))
                .divide(magic.multiply(sqrtMagic), MC).multiply(PI, MC);
        BigDecimal lonDenominator = A.divide(sqrtMagic, MC).multiply(cos(radLat)).multiply(PI, MC);
        BigDecimal dLat = latitudeShift(x, y).multiply(BigDecimal.valueOf(180)).divide(latDenominator, MC);
        BigDecimal dLon = longitudeShift(x, y).multiply(BigDecimal.valueOf(180)).divide(lonDenominator, MC);
        return new GeoPoint(lat.add(dLat).doubleValue(), lon.add(dLon).doubleValue());
    }

    static GeoPoint gcj02ToBd09(GeoPoint gcj) {
        BigDecimal x = new BigDecimal(gcj.longitude());
        BigDecimal y = new BigDecimal(gcj.latitude());
        BigDecimal z = x.multiply(x).add(y.multiply(y)).sqrt(MC)
                .add(new BigDecimal("0.00002").multiply(sin(y.multiply(X_PI, MC))), MC);
        BigDecimal theta = atan(y.divide(x, MC)).add(new BigDecimal("0.000003").multiply(cos(x.multiply(X_PI, MC))));
        return new GeoPoint(z.multiply(sin(theta)).add(new BigDecimal("0.006")).doubleValue(),
                z.multiply(cos(theta)).add(new BigDecimal("0.0065")).doubleValue());
    }

    private static BigDecimal latitudeShift(BigDecimal x, BigDecimal y) {
        BigDecimal sum = new BigDecimal("-100").add(x.multiply(BigDecimal.TWO)).add(y.multiply(BigDecimal.valueOf(3)))
                .add(new BigDecimal("0.2").multiply(y).multiply(y)).add(new BigDecimal("0.1").multiply(x).multiply(y))
                .add(new BigDecimal("0.2").multiply(x.abs().sqrt(MC)));
        return sum.add(waves(x, 20, 6, 1, 20, 2, 1)).add(waves(y, 20, 1, 1, 40, 1, 3))
                .add(waves(y, 160, 1, 12, 320, 1, 30));
    }

    private static BigDecimal longitudeShift(BigDecimal x, BigDecimal y) {
        BigDecimal sum = new BigDecimal("300").add(x).add(y.multiply(BigDecimal.TWO))
                .add(new BigDecimal("0.1").multiply(x).multiply(x)).add(new BigDecimal("0.1").multiply(x).multiply(y))
                .add(new BigDecimal("0.1").multiply(x.abs().sqrt(MC)));
        return sum.add(waves(x, 20, 6, 1, 20, 2, 1)).add(waves(x, 20, 1, 1, 40, 1, 3))
                .add(waves(x, 150, 1, 12, 300, 1, 30));
    }

    /** (c1·sin(π·v·n1/d1) + c2·sin(π·v·n2/d2))·2/3, the shape of every periodic term in the published formulas. */
    private static BigDecimal waves(BigDecimal v, int c1, int n1, int d1, int c2, int n2, int d2) {
        BigDecimal piV = v.multiply(PI, MC);
        return BigDecimal.valueOf(c1).multiply(sin(scaled(piV, n1, d1)))
                .add(BigDecimal.valueOf(c2).multiply(sin(scaled(piV, n2, d2))))
                .multiply(TWO_THIRDS, MC);
    }

    private static BigDecimal scaled(BigDecimal value, int numerator, int denominator) {
        return value.multiply(BigDecimal.valueOf(numerator)).divide(BigDecimal.valueOf(denominator), MC);
    }

    static BigDecimal sin(BigDecimal x) {
        BigDecimal r = x.remainder(TWO_PI, MC);
        if (r.compareTo(PI) > 0) {
            r = r.subtract(TWO_PI);
        } else if (r.compareTo(PI.negate()) < 0) {
            r = r.add(TWO_PI);
        }
        BigDecimal term = r;
        BigDecimal sum = r;
        BigDecimal square = r.multiply(r, MC);
        for (int n = 1; term.abs().compareTo(new BigDecimal("1e-45")) > 0; n++) {
            term = term.multiply(square).negate().divide(BigDecimal.valueOf((2L * n) * (2L * n + 1)), MC);
            sum = sum.add(term, MC);
        }
        return sum;
    }

    static BigDecimal cos(BigDecimal x) {
        return sin(x.add(PI.divide(BigDecimal.TWO, MC)));
    }

    /** atan for 0 < t < 1 (latitude over longitude in China), after two argument halvings so the series is short. */
    static BigDecimal atan(BigDecimal t) {
        BigDecimal u = t;
        for (int i = 0; i < 2; i++) {
            u = u.divide(BigDecimal.ONE.add(BigDecimal.ONE.add(u.multiply(u)).sqrt(MC)), MC);
        }
        BigDecimal term = u;
        BigDecimal sum = u;
        BigDecimal square = u.multiply(u, MC);
        BigDecimal power = u;
        for (int n = 1; term.abs().compareTo(new BigDecimal("1e-45")) > 0; n++) {
            power = power.multiply(square, MC).negate();
            term = power.divide(BigDecimal.valueOf(2L * n + 1), MC);
            sum = sum.add(term, MC);
        }
        return sum.multiply(BigDecimal.valueOf(4));
    }
}
