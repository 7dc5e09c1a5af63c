package org.lingong.admin.maps;

import java.io.Serializable;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.PlatformApi;

import tools.jackson.databind.JsonNode;

/**
 * The GCJ-02 offset at one place (some hundred metres), applied to every point shown around it: one conversion per
 * search by tenant-core's {@code /api/v1/maps/convert}, the platform's only copy of the formula. The offset drifts
 * slowly: in 宿迁 about 1.5 m at 1 km from the centre and 10 m at 5 km (an e-bike's 15 minutes), small against a
 * marker on Amap or Tianditu GCJ-02 tiles.
 */
public record MapShift(double latitude, double longitude) implements Serializable {

    public static final MapShift NONE = new MapShift(0, 0);

    /** The shift from a WGS-84 point to its GCJ-02 position. */
    public static MapShift between(double wgsLatitude, double wgsLongitude, double gcjLatitude, double gcjLongitude) {
        return new MapShift(gcjLatitude - wgsLatitude, gcjLongitude - wgsLongitude);
    }

    /**
     * The shift at a WGS-84 point of the city, for maps on GCJ-02 tiles (Amap, Tianditu): one conversion by the API;
     * none while it cannot answer (the points then stay unshifted).
     */
    public static MapShift at(PlatformApi api, String city, double latitude, double longitude) {
        try {
            JsonNode to = api.getPublic(JsonNode.class,
                    "/t/{city}/api/v1/maps/convert?lat={lat}&lon={lon}&from=wgs84&to=gcj02", city, latitude,
                    longitude).path("to");
            return between(latitude, longitude, to.path("lat").asDouble(), to.path("lon").asDouble());
        } catch (ApiProblem unavailable) {
            return NONE;
        }
    }

    double[] onto(double wgsLatitude, double wgsLongitude) {
        return new double[] {wgsLatitude + latitude, wgsLongitude + longitude};
    }

    double[] back(double mapLatitude, double mapLongitude) {
        return new double[] {mapLatitude - latitude, mapLongitude - longitude};
    }
}
