package org.lingong.admin.maps;

import java.util.Map;

import org.lingong.admin.api.TenantProfile;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which tiles each city's maps use: the tiles the city set in its branding (the city admin's choice, in the API);
 * else {@code lingong.maps.cities.<code>} for one the operator configured (a Tianditu key, an Amap licence); else
 * {@code lingong.maps.tiles}, the platform default.
 */
@ConfigurationProperties("lingong.maps")
public record MapSettings(MapTiles tiles, Map<String, MapTiles> cities) {

    public MapSettings {
        cities = cities == null ? Map.of() : Map.copyOf(cities);
    }

    public MapTiles forCity(String code, TenantProfile.Branding branding) {
        TenantProfile.MapTiles own = branding == null ? null : branding.mapTiles();
        return own != null && own.urlTemplate() != null ? MapTiles.of(own) : cities.getOrDefault(code, tiles);
    }
}
