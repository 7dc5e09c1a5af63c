package org.lingong.core.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GeoJsonTests {

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final GeoJson geoJson = new GeoJson(mapper);

    private static final MapFeature MARKET = new MapFeature("m-1", "宿迁市宿城区零工市场", "market", 33.9612345678,
            118.2754321987, properties());

    private static Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("hotline", "0527-12345678");
        properties.put("areaSquareMetres", 320);
        properties.put("services", List.of("招聘", "培训"));
        properties.put("complaintPhone", null);
        return properties;
    }

    /** Serialised and read back, as a client sees it. */
    private JsonNode render(List<MapFeature> features, CoordinateSystem system) {
        return mapper.readTree(mapper.writeValueAsString(geoJson.featureCollection(features, system)));
    }

    @Test
    void writesAnRfc7946FeatureCollectionWithLongitudeFirstAndSixDecimals() {
        JsonNode collection = render(List.of(MARKET), CoordinateSystem.WGS84);

        assertThat(collection.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.has("crs")).isFalse();
        JsonNode feature = collection.path("features").get(0);
        assertThat(feature.path("type").asString()).isEqualTo("Feature");
        assertThat(feature.path("id").asString()).isEqualTo("m-1");
        assertThat(feature.path("geometry").path("type").asString()).isEqualTo("Point");
        JsonNode coordinates = feature.path("geometry").path("coordinates");
        assertThat(coordinates.size()).isEqualTo(2);
        assertThat(coordinates.get(0).asDouble()).isEqualTo(118.275432);
        assertThat(coordinates.get(1).asDouble()).isEqualTo(33.961235);
        JsonNode properties = feature.path("properties");
        assertThat(properties.path("name").asString()).isEqualTo("宿迁市宿城区零工市场");
        assertThat(properties.path("kind").asString()).isEqualTo("market");
        assertThat(properties.path("hotline").asString()).isEqualTo("0527-12345678");
        assertThat(properties.path("areaSquareMetres").asInt()).isEqualTo(320);
        assertThat(properties.path("services").get(1).asString()).isEqualTo("培训");
        assertThat(properties.get("complaintPhone").isNull()).isTrue();
    }

    @Test
    void convertsEveryPointAndMarksTheCollectionWhenNotWgs84() {
        for (CoordinateSystem system : List.of(CoordinateSystem.GCJ02, CoordinateSystem.BD09)) {
            JsonNode collection = render(List.of(MARKET), system);

            assertThat(collection.path("crs").path("code").asString()).isEqualTo(system.code());
            assertThat(collection.path("crs").path("name").asString()).isEqualTo(system.displayName());
            assertThat(collection.path("crs").path("usedBy").values()).extracting(JsonNode::asString)
                    .containsExactlyElementsOf(system.mapServices());
            JsonNode coordinates = collection.path("features").get(0).path("geometry").path("coordinates");
            GeoPoint exported = new GeoPoint(coordinates.get(1).asDouble(), coordinates.get(0).asDouble());
            GeoPoint expected = CoordinateSystem.WGS84.convert(
                    new GeoPoint(MARKET.latitude(), MARKET.longitude()), system);
            assertThat(Distance.metres(exported, expected)).isLessThan(0.1);
            assertThat(Distance.metres(exported, new GeoPoint(MARKET.latitude(), MARKET.longitude())))
                    .isGreaterThan(100);
        }
    }

    @Test
    void anEmptyListIsAnEmptyCollection() {
        JsonNode collection = render(List.of(), CoordinateSystem.BD09);

        assertThat(collection.path("features").isArray()).isTrue();
        assertThat(collection.path("features").size()).isZero();
    }

    @Test
    void refusesFeaturesThatAreNotWgs84PositionsOrShadowTheirOwnProperties() {
        assertThatThrownBy(() -> new MapFeature("x", "x", "station", 91, 118, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MapFeature("x", "x", "station", 33, Double.NaN, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MapFeature("x", "x", "station", 33, 118, Map.of("name", "other")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
