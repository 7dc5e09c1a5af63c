/**
 * Maps for the public pages: Leaflet served by the app itself, tiles from each city's chosen provider (OpenStreetMap,
 * Tianditu or Amap templates), markers and circles drawn as vectors so the map still says something without tiles.
 */
package org.lingong.admin.maps;
