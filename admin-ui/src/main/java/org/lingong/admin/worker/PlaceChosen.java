package org.lingong.admin.worker;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.i18n.I18NProvider;

/** The worker chose where the circle is drawn from: a market, their own position, typed coordinates or the map. */
class PlaceChosen extends ComponentEvent<Component> {

    private final double latitude;
    private final double longitude;
    private final String name;

    PlaceChosen(Component source, double latitude, double longitude, String name) {
        super(source, false);
        this.latitude = latitude;
        this.longitude = longitude;
        this.name = name;
    }

    /** A place without a name of its own, named by its coordinates. */
    static PlaceChosen at(Component source, double latitude, double longitude) {
        return new PlaceChosen(source, latitude, longitude, coordinatesName(latitude, longitude));
    }

    /** E.g. 坐标 33.96150, 118.27950. */
    static String coordinatesName(double latitude, double longitude) {
        return I18NProvider.translate("worker.coordinates.value", String.format(Locale.ROOT, "%.5f", latitude),
                String.format(Locale.ROOT, "%.5f", longitude));
    }

    double latitude() {
        return latitude;
    }

    double longitude() {
        return longitude;
    }

    String name() {
        return name;
    }
}
