package org.lingong.core.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The tiles of a city's public maps as a Leaflet URL template, e.g. Tianditu with the city's key, Amap or
 * OpenStreetMap. Empty in the branding: the platform's default tiles.
 *
 * @param urlTemplate an http(s) address with {@code {z}}, {@code {x}} and {@code {y}}; {@code {s}} picks one of the
 *                    subdomains; no other placeholders, spaces, quotes or angle brackets
 * @param subdomains  the letters or digits {@code {s}} takes, e.g. {@code abc} or {@code 1234}
 * @param attribution the credit the provider asks for, plain text (Leaflet shows it as HTML, so no tags)
 * @param maxZoom     the deepest zoom the provider serves, 1–22 (empty: 18)
 * @param coordinates the system the tiles are drawn in: Amap's GCJ-02 tiles need WGS-84 points shifted
 */
@Embeddable
public record MapTiles(
        @Column(name = "map_tile_url") @NotBlank(message = "{mapTiles.url}") @Size(max = 500, message = "{mapTiles.url}")
        @Pattern(regexp = "(?=.*\\{z})(?=.*\\{x})(?=.*\\{y})https?://([^\\s<>\"'{}\\\\]|\\{[sxyz]})+",
                message = "{mapTiles.url}") String urlTemplate,
        @Column(name = "map_tile_subdomains") @Pattern(regexp = "[a-z0-9]{1,10}", message = "{mapTiles.subdomains}")
        String subdomains,
        @Column(name = "map_tile_attribution") @Size(max = 200, message = "{mapTiles.attribution}")
        @Pattern(regexp = "[^<>]*", message = "{mapTiles.attribution}") String attribution,
        @Column(name = "map_tile_max_zoom") @Min(value = 1, message = "{mapTiles.maxZoom}")
        @Max(value = 22, message = "{mapTiles.maxZoom}") Integer maxZoom,
        @Column(name = "map_tile_coordinates") @Enumerated(EnumType.STRING) Coordinates coordinates) {

    public enum Coordinates { WGS84, GCJ02 }
}
