package org.lingong.admin.worker;

import java.util.List;
import java.util.Locale;

import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.maps.LeafletMap;
import org.lingong.admin.maps.MapShift;
import org.lingong.admin.maps.MapTiles;
import org.lingong.admin.nearby.JobTexts;
import org.lingong.admin.nearby.NearbyJobs;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.shared.Registration;

/**
 * The search on a map: the circle around the place, a marker per job with its title and wage as a tooltip, in the
 * city's colour and tiles. A tap on the map chooses that point as the new place ({@link PlaceChosen}).
 */
class NearbyMap extends Composite<LeafletMap> {

    private final transient PlatformApi api;
    private final String city;
    private final MapTiles tiles;

    NearbyMap(PlatformApi api, String city, MapTiles tiles) {
        this.api = api;
        this.city = city;
        this.tiles = tiles;
    }

    @Override
    protected LeafletMap initContent() {
        LeafletMap map = new LeafletMap(tiles);
        map.setId("map");
        map.setWidthFull();
        map.setHeight("260px");
        map.onClick((latitude, longitude) -> fireEvent(PlaceChosen.at(this, latitude, longitude)));
        return map;
    }

    Registration addPlaceChosenListener(ComponentEventListener<PlaceChosen> listener) {
        return addListener(PlaceChosen.class, listener);
    }

    void show(NearbyJobs.Found found, String placeName, Locale language) {
        LeafletMap map = getContent();
        if (tiles.shifted()) {
            map.setShift(MapShift.at(api, city, found.center().latitude(), found.center().longitude()));
        }
        List<LeafletMap.Pin> pins = found.hits().stream().map(job -> new LeafletMap.Pin(job.location().latitude(),
                job.location().longitude(), job.title() + " · " + JobTexts.wage(job.wage(), language))).toList();
        map.show(new LeafletMap.Pin(found.center().latitude(), found.center().longitude(), placeName),
                found.radiusMeters(), pins, Brand.primaryColour());
    }
}
