package org.lingong.core.maps;

/** A latitude/longitude pair in degrees; which coordinate system it belongs to is known from context. */
public record GeoPoint(double latitude, double longitude) {
}
