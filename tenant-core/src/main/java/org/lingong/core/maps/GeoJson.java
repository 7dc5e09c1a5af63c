package org.lingong.core.maps;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders map features as an RFC 7946 GeoJSON FeatureCollection of points, [longitude, latitude] with 6 decimals
 * (about 0.1 m).
 *
 * <p>RFC 7946 only knows WGS-84, but Amap (高德) and Tencent maps place imported coordinates as GCJ-02 and Baidu maps as
 * BD-09: a file meant for them must carry already converted coordinates, or every marker lands hundreds of metres
 * off. Such a collection says so in a {@code crs} member (a foreign member in RFC 7946 terms, which readers that
 * expect WGS-84 ignore), e.g. {@code "crs": {"code": "gcj02", "name": "GCJ-02", "usedBy": ["amap", "tencent"]}}.
 */
@Component
public class GeoJson {

    public static final String MEDIA_TYPE_VALUE = "application/geo+json";
    public static final MediaType MEDIA_TYPE = MediaType.parseMediaType(MEDIA_TYPE_VALUE);

    private static final double SIX_DECIMALS = 1e6;

    private final JsonMapper json;

    GeoJson(JsonMapper json) {
        this.json = json;
    }

    /** The features as a FeatureCollection in {@code system}, converted from their stored WGS-84 positions. */
    public ObjectNode featureCollection(List<MapFeature> features, CoordinateSystem system) {
        ObjectNode collection = json.createObjectNode();
        collection.put("type", "FeatureCollection");
        if (system != CoordinateSystem.WGS84) {
            ObjectNode crs = collection.putObject("crs");
            crs.put("code", system.code());
            crs.put("name", system.displayName());
            ArrayNode usedBy = crs.putArray("usedBy");
            system.mapServices().forEach(usedBy::add);
        }
        ArrayNode array = collection.putArray("features");
        features.forEach(feature -> array.add(feature(feature, system)));
        return collection;
    }

    private ObjectNode feature(MapFeature feature, CoordinateSystem system) {
        GeoPoint point = CoordinateSystem.WGS84.convert(new GeoPoint(feature.latitude(), feature.longitude()), system);
        ObjectNode node = json.createObjectNode();
        node.put("type", "Feature");
        node.put("id", feature.id());
        ObjectNode geometry = node.putObject("geometry");
        geometry.put("type", "Point");
        geometry.putArray("coordinates").add(rounded(point.longitude())).add(rounded(point.latitude()));
        ObjectNode properties = node.putObject("properties");
        properties.put("name", feature.name());
        properties.put("kind", feature.kind());
        feature.properties().forEach((key, value) -> properties.set(key, json.valueToTree(value)));
        return node;
    }

    private static double rounded(double degrees) {
        return Math.round(degrees * SIX_DECIMALS) / SIX_DECIMALS;
    }
}
