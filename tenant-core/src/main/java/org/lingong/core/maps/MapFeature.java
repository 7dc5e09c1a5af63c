package org.lingong.core.maps;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One place to mark on a map: its stored WGS-84 position, a name and a kind (market, station …) plus any further
 * properties the caller wants exported (values serialised as JSON).
 */
public record MapFeature(String id, String name, String kind, double latitude, double longitude,
                         Map<String, Object> properties) {

    public MapFeature {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("not a WGS-84 position: " + latitude + ", " + longitude);
        }
        // Insertion order kept for readable exports; null values allowed (exported as JSON null).
        properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        if (properties.containsKey("name") || properties.containsKey("kind")) {
            throw new IllegalArgumentException("name and kind are features' own properties");
        }
    }
}
