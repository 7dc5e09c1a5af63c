package org.lingong.core.regions;

/** A county, township/street or community/village of the city; {@code central} marks a central village (中心村). */
public record Region(String code, String name, RegionLevel level, String parentCode, boolean central) {
}
