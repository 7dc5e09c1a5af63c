package org.lingong.admin.maps;

import java.util.List;
import java.util.Objects;

import org.lingong.admin.webjars.WebjarLibrary;
import org.springframework.web.util.HtmlUtils;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Leaflet map of one circle and the points in it. Leaflet comes from the app's own {@code /webjars} (loaded on first
 * use, no frontend build); the circle and points are vectors, so with no tile server reachable the map still shows
 * them on a blank background. Coordinates in and out are WGS-84; {@link MapShift} moves them onto GCJ-02 tiles.
 * <p>
 * Labels are people's text (a job's title from any employer or feed, a market's name) and stay text: Leaflet writes a
 * tooltip given as a string, and the attribution always, as HTML, so tooltips get text nodes and the attribution is
 * escaped here.
 */
public class LeafletMap extends Div {

    /** A point on the map with the tooltip it shows. */
    public record Pin(double latitude, double longitude, String label) {
    }

    private static final JsonMapper JSON = JsonMapper.shared();

    private static final String DRAW = """
            const el = this, data = JSON.parse($0), text = label => document.createTextNode(label || '');
            """ + WebjarLibrary.LEAFLET.loaded() + """
            .then(L => {
              // The circle's bounds need no map; fitting them waits until the element has a size (a hidden or
              // not yet laid out map would get a NaN zoom), and is redone whenever the element is resized.
              const bounds = L.latLng(data.center).toBounds(data.radius * 2);
              const fit = () => { if (el.clientWidth > 0 && el.clientHeight > 0) el.$map.fitBounds(el.$bounds, {padding: [6, 6]}); };
              if (!el.$map) {
                // A view from the start, so that layers are drawn as soon as they are added.
                el.$map = L.map(el).setView(data.center, 14);
                el.$shapes = L.layerGroup().addTo(el.$map);
                el.$map.on('click', e => el.$server.clicked(e.latlng.lat, e.latlng.lng));
                new ResizeObserver(() => { el.$map.invalidateSize(); el.$fit(); }).observe(el);
              }
              el.$bounds = bounds;
              el.$fit = fit;
              if (el.$tilesUrl !== data.tiles.url) {
                if (el.$tiles) el.$tiles.remove();
                el.$tiles = L.tileLayer(data.tiles.url, {subdomains: data.tiles.subdomains || 'abc',
                    attribution: data.tiles.attributionHtml, maxZoom: data.tiles.maxZoom}).addTo(el.$map);
                el.$tilesUrl = data.tiles.url;
                // Whether the first tile of these tiles arrived: the page may say so (the branding editor's check).
                el.dataset.tiles = 'loading';
                const told = state => { if (el.$tiles && el.$tilesUrl === data.tiles.url && el.dataset.tiles === 'loading') {
                    el.dataset.tiles = state; el.$server.tilesLoaded(state === 'loaded'); } };
                el.$tiles.once('tileload', () => told('loaded'));
                el.$tiles.once('tileerror', () => told('failed'));
              }
              el.$shapes.clearLayers();
              L.circle(data.center, {radius: data.radius, color: data.colour, weight: 2,
                  fillOpacity: 0.08, interactive: false}).addTo(el.$shapes);
              data.pins.forEach(pin => L.circleMarker([pin.lat, pin.lon], {radius: 7, color: data.colour, weight: 3,
                  fillColor: '#fff', fillOpacity: 1, bubblingMouseEvents: false, className: 'map-pin'})
                  .bindTooltip(text(pin.label)).addTo(el.$shapes));
              L.circleMarker(data.center, {radius: 9, color: '#fff', weight: 3, fillColor: data.colour,
                  fillOpacity: 1, className: 'map-centre'}).bindTooltip(text(data.centreLabel)).addTo(el.$shapes);
              fit();
              el.dataset.pins = data.pins.length;
            });
            """;

    private MapTiles tiles;
    private MapShift shift = MapShift.NONE;
    private SerializableBiConsumer<Double, Double> clicks = (latitude, longitude) -> { };
    private SerializableConsumer<Boolean> tilesLoaded = loaded -> { };

    public LeafletMap(MapTiles tiles) {
        this.tiles = Objects.requireNonNull(tiles);
        addClassName("leaflet-map");
        getStyle().set("background", "var(--lumo-contrast-5pct)").set("z-index", "0");
    }

    /** Where the tiles are drawn in GCJ-02, the shift that puts WGS-84 points in the right place near here. */
    public void setShift(MapShift shift) {
        this.shift = shift;
    }

    /** Other tiles from now on (drawn at the next {@link #show}). */
    public void setTiles(MapTiles tiles) {
        this.tiles = Objects.requireNonNull(tiles);
    }

    /** Called once per tile address: whether its first tile loaded or failed (no server, a wrong key). */
    public void onTilesLoaded(SerializableConsumer<Boolean> listener) {
        this.tilesLoaded = listener;
    }

    /** Called with the WGS-84 point a user clicked. */
    public void onClick(SerializableBiConsumer<Double, Double> listener) {
        this.clicks = listener;
    }

    /**
     * Draws a circle around {@code centre} with the pins inside and zooms to it.
     *
     * @param colour a CSS hex colour for the circle and pins (the city's brand colour)
     */
    public void show(Pin centre, int radiusMeters, List<Pin> pins, String colour) {
        getElement().executeJs(DRAW, drawing(centre, radiusMeters, pins, colour).toString());
    }

    /** What the browser draws: labels as they are (the script makes text nodes of them), the attribution escaped. */
    ObjectNode drawing(Pin centre, int radiusMeters, List<Pin> pins, String colour) {
        ObjectNode data = JSON.createObjectNode();
        data.putObject("tiles").put("url", tiles.url()).put("subdomains", tiles.subdomains())
                .put("attributionHtml", HtmlUtils.htmlEscape(tiles.attribution())).put("maxZoom", tiles.maxZoom());
        data.set("center", point(centre));
        data.put("centreLabel", centre.label());
        data.put("radius", radiusMeters);
        data.put("colour", colour);
        ArrayNode points = data.putArray("pins");
        pins.forEach(pin -> {
            double[] shown = shift.onto(pin.latitude(), pin.longitude());
            points.addObject().put("lat", shown[0]).put("lon", shown[1]).put("label", pin.label());
        });
        return data;
    }

    private ArrayNode point(Pin pin) {
        double[] shown = shift.onto(pin.latitude(), pin.longitude());
        return JSON.createArrayNode().add(shown[0]).add(shown[1]);
    }

    @ClientCallable
    private void tilesLoaded(boolean loaded) {
        tilesLoaded.accept(loaded);
    }

    @ClientCallable
    private void clicked(double latitude, double longitude) {
        double[] point = shift.back(latitude, longitude);
        clicks.accept(point[0], point[1]);
    }
}
