package org.lingong.admin.maps;

import java.io.Serializable;

import org.lingong.admin.api.TenantProfile;

/**
 * A tile service as a Leaflet URL template, e.g. {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}.
 *
 * @param url         the template ({@code {s}} picks one of the subdomains)
 * @param subdomains  the letters or digits {@code {s}} takes, e.g. {@code abc} or {@code 1234}; may be empty
 * @param attribution the credit the provider asks for
 * @param coordinates the system the tiles are drawn in: Amap's and Tianditu's GCJ-02 tiles show WGS-84 points
 *                    some hundred metres off unless shifted
 * @param maxZoom     the deepest zoom the provider serves (empty: 18)
 */
public record MapTiles(String url, String subdomains, String attribution, Coordinates coordinates, Integer maxZoom)
        implements Serializable {

    public enum Coordinates { WGS84, GCJ02 }

    static final int DEFAULT_MAX_ZOOM = 18;

    public MapTiles {
        subdomains = subdomains == null ? "" : subdomains;
        attribution = attribution == null ? "" : attribution;
        coordinates = coordinates == null ? Coordinates.WGS84 : coordinates;
        maxZoom = maxZoom == null ? DEFAULT_MAX_ZOOM : maxZoom;
    }

    /** The tiles a city set in its branding. */
    public static MapTiles of(TenantProfile.MapTiles own) {
        return new MapTiles(own.urlTemplate(), own.subdomains(), own.attribution(),
                own.coordinates() == null ? null : Coordinates.valueOf(own.coordinates()), own.maxZoom());
    }

    public boolean shifted() {
        return coordinates == Coordinates.GCJ02;
    }
}
