/**
 * Maps: WGS-84 points converted to the coordinate systems Chinese map services expect (GCJ-02 for Amap and Tencent,
 * BD-09 for Baidu), over the API and as {@link org.lingong.core.maps.CoordinateSystem}, and rendered as GeoJSON
 * ({@link org.lingong.core.maps.GeoJson}) for map imports. Owns no table.
 */
package org.lingong.core.maps;
