package org.lingong.core.maps;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;

/**
 * The coordinate systems of maps used in China. Stored data is always WGS-84; the other two exist only on output and
 * for conversions.
 */
public enum CoordinateSystem {

    /** GPS, OpenStreetMap, RFC 7946 GeoJSON. */
    WGS84("wgs84", "WGS-84", List.of()),
    /** The national "Mars" offset (国测局坐标), used by Amap (高德) and Tencent maps. */
    GCJ02("gcj02", "GCJ-02", List.of("amap", "tencent")),
    /** Baidu's further offset of GCJ-02 (百度坐标). */
    BD09("bd09", "BD-09", List.of("baidu"));

    private final String code;
    private final String displayName;
    private final List<String> mapServices;

    CoordinateSystem(String code, String displayName, List<String> mapServices) {
        this.code = code;
        this.displayName = displayName;
        this.mapServices = mapServices;
    }

    /** The lower-case code used in URLs: {@code wgs84}, {@code gcj02}, {@code bd09}. */
    public String code() {
        return code;
    }

    /** The name as usually written: {@code WGS-84}, {@code GCJ-02}, {@code BD-09}. */
    public String displayName() {
        return displayName;
    }

    /** The Chinese map services whose imports expect this system (WGS-84: none in particular). */
    public List<String> mapServices() {
        return mapServices;
    }

    /**
     * The system named by a request parameter (case-insensitive).
     *
     * @throws ProblemException 400 {@code unknown-coordinate-system}, naming the valid choices
     */
    public static CoordinateSystem parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(system -> system.code.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new ProblemException(ProblemType.UNKNOWN_COORDINATE_SYSTEM,
                        text, choices()));
    }

    /** The valid codes, comma-separated, for error messages and API documentation. */
    public static String choices() {
        return Arrays.stream(values()).map(CoordinateSystem::code).collect(Collectors.joining(", "));
    }

    /** The same place expressed in {@code target}; points outside China are the same in every system. */
    public GeoPoint convert(GeoPoint point, CoordinateSystem target) {
        if (this == target || ChinaOffsets.outsideChina(point)) {
            return point;
        }
        GeoPoint wgs84 = switch (this) {
            case WGS84 -> point;
            case GCJ02 -> ChinaOffsets.gcj02ToWgs84(point);
            case BD09 -> ChinaOffsets.gcj02ToWgs84(ChinaOffsets.bd09ToGcj02(point));
        };
        return switch (target) {
            case WGS84 -> wgs84;
            case GCJ02 -> ChinaOffsets.wgs84ToGcj02(wgs84);
            case BD09 -> ChinaOffsets.gcj02ToBd09(ChinaOffsets.wgs84ToGcj02(wgs84));
        };
    }
}
