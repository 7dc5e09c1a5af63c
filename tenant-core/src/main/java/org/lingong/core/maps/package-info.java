/**
 * Maps: WGS-84 points converted to the coordinate systems Chinese map services expect (GCJ-02 for Amap and Tencent,
 * BD-09 for Baidu) and rendered as GeoJSON for map imports.
 */
package org.lingong.core.maps;
