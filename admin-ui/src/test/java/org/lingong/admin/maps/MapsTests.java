package org.lingong.admin.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lingong.admin.api.TenantProfile;

class MapsTests {

    @Test
    void aCityWithoutItsOwnTilesUsesTheDefault() {
        MapTiles osm = new MapTiles("https://tile.openstreetmap.org/{z}/{x}/{y}.png", null, null, null, null);
        MapTiles amap = new MapTiles("https://webrd0{s}.is.autonavi.com/appmaptile?x={x}&y={y}&z={z}", "1234", "Amap",
                MapTiles.Coordinates.GCJ02, 18);
        MapSettings settings = new MapSettings(osm, Map.of("suqian", amap));

        assertThat(settings.forCity("suqian", TenantProfile.Branding.NONE)).isEqualTo(amap);
        assertThat(settings.forCity("huainan", null)).isEqualTo(osm);
        assertThat(osm.shifted()).isFalse();
        assertThat(osm.maxZoom()).isEqualTo(18);
        assertThat(amap.shifted()).isTrue();
    }

    @Test
    void aCitysOwnTilesFromItsBrandingComeBeforeTheConfiguration() {
        MapTiles osm = new MapTiles("https://tile.openstreetmap.org/{z}/{x}/{y}.png", null, null, null, null);
        MapSettings settings = new MapSettings(osm, Map.of());
        TenantProfile.MapTiles tianditu = new TenantProfile.MapTiles(
                "https://t{s}.tianditu.gov.cn/vec_w/wmts?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=KEY", "01234567",
                "© 天地图", 17, "WGS84");
        TenantProfile.Branding branding = new TenantProfile.Branding("零工归宿", null, null, null, null, tianditu);

        MapTiles chosen = settings.forCity("suqian", branding);
        assertThat(chosen).isEqualTo(new MapTiles(tianditu.urlTemplate(), "01234567", "© 天地图",
                MapTiles.Coordinates.WGS84, 17));
        assertThat(MapTiles.of(new TenantProfile.MapTiles("https://a/{z}/{x}/{y}", null, null, null, "GCJ02")).shifted())
                .isTrue();
    }

    @Test
    void aShiftMovesPointsOntoGcjTilesAndClicksBack() {
        // 宿迁市零工市场 in WGS-84 and GCJ-02 (tenant-core's ChinaOffsets).
        MapShift shift = MapShift.between(33.9612, 118.2826, 33.95985, 118.28810);

        double[] shown = shift.onto(33.97, 118.29);
        assertThat(shown[0]).isCloseTo(33.96865, offset(1e-9));
        assertThat(shown[1]).isCloseTo(118.29550, offset(1e-9));
        double[] back = shift.back(shown[0], shown[1]);
        assertThat(back[0]).isCloseTo(33.97, offset(1e-9));
        assertThat(back[1]).isCloseTo(118.29, offset(1e-9));
        assertThat(MapShift.NONE.onto(33.97, 118.29)).containsExactly(33.97, 118.29);
    }

    @Test
    void labelsGoToTheBrowserAsTheyAreAndTheAttributionEscaped() {
        // The browser makes text nodes of the labels; Leaflet writes the attribution as HTML, so it goes escaped.
        MapTiles tiles = new MapTiles("https://tile.openstreetmap.org/{z}/{x}/{y}.png", null,
                "<img src=x onerror=alert(1)> & © OSM", null, null);
        String title = "<img src=x onerror=alert(2)>招工 · 200 元/天";

        var drawing = new LeafletMap(tiles).drawing(new LeafletMap.Pin(33.96, 118.28, "<b>市场</b>"), 1000,
                java.util.List.of(new LeafletMap.Pin(33.97, 118.29, title)), "#C8102E");

        assertThat(drawing.at("/tiles/attributionHtml").asString())
                .isEqualTo("&lt;img src=x onerror=alert(1)&gt; &amp; &copy; OSM");
        assertThat(drawing.at("/pins/0/label").asString()).isEqualTo(title);
        assertThat(drawing.at("/centreLabel").asString()).isEqualTo("<b>市场</b>");
    }
}
