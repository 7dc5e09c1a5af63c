package org.lingong.admin.maps;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which tiles each city's maps use: {@code lingong.maps.tiles} for every city, {@code lingong.maps.cities.<code>} for
 * one that has its own provider (a Tianditu key, an Amap licence).
 */
@ConfigurationProperties("lingong.maps")
public record MapSettings(MapTiles tiles, Map<String, MapTiles> cities) {

    public MapSettings {
        cities = cities == null ? Map.of() : Map.copyOf(cities);
    }

    public MapTiles forCity(String code) {
        return cities.getOrDefault(code, tiles);
    }
}
