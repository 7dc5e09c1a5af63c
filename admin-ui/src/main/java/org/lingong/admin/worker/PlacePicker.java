package org.lingong.admin.worker;

import java.util.List;

import org.lingong.admin.nearby.CityDirectory.Carrier;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

/**
 * Where the circle is drawn from: the browser's position, one of the city's markets or typed coordinates, with the
 * current place named under them. A choice is told as a {@link PlaceChosen}.
 */
class PlacePicker extends Div {

    /** @param query the current search, for its coordinates; empty when the page has no place yet */
    PlacePicker(List<Carrier> markets, NearbyQuery query, String placeName) {
        Span current = new Span(getTranslation("worker.place", placeName == null ? "" : placeName));
        current.setId("place");
        current.addClassNames(FontSize.SMALL, TextColor.SECONDARY);

        Button locate = new Button(getTranslation("worker.locate"), VaadinIcon.CROSSHAIRS.create(), click -> locate());
        locate.setId("locate");
        ComboBox<Carrier> market = new ComboBox<>();
        market.setId("market");
        market.setItems(markets);
        market.setItemLabelGenerator(Carrier::name);
        market.setPlaceholder(getTranslation("worker.market"));
        market.setClearButtonVisible(true);
        market.getStyle().set("flex", "1").set("min-width", "10em");
        market.addValueChangeListener(change -> {
            Carrier chosen = change.getValue();
            if (chosen != null) {
                fireEvent(new PlaceChosen(this, chosen.latitude(), chosen.longitude(), chosen.name()));
            }
        });
        Div row = new Div(locate, market);
        row.addClassNames(Display.FLEX, FlexWrap.WRAP, AlignItems.CENTER, Gap.SMALL);

        add(row, current, typed(query));
        addClassNames(Display.FLEX, FlexDirection.COLUMN, Gap.XSMALL);
    }

    Registration addPlaceChosenListener(ComponentEventListener<PlaceChosen> listener) {
        return addListener(PlaceChosen.class, listener);
    }

    /** Latitude and longitude typed in, folded away: few people know theirs. */
    private Details typed(NearbyQuery query) {
        NumberField latitude = new NumberField(getTranslation("worker.latitude"));
        latitude.setId("lat");
        NumberField longitude = new NumberField(getTranslation("worker.longitude"));
        longitude.setId("lon");
        if (query != null) {
            latitude.setValue(query.latitude());
            longitude.setValue(query.longitude());
        }
        latitude.setWidth("8.5em");
        longitude.setWidth("8.5em");
        Button go = new Button(getTranslation("worker.go"), click -> {
            if (latitude.getValue() != null && longitude.getValue() != null) {
                fireEvent(PlaceChosen.at(this, latitude.getValue(), longitude.getValue()));
            }
        });
        go.setId("go");
        Div fields = new Div(latitude, longitude, go);
        fields.addClassNames(Display.FLEX, FlexWrap.WRAP, AlignItems.BASELINE, Gap.SMALL);
        Details coordinates = new Details(getTranslation("worker.coordinates"), fields);
        coordinates.setId("coordinates");
        return coordinates;
    }

    /** The browser's position, if the person allows it; the answer comes back through {@link #located}. */
    private void locate() {
        getElement().executeJs("""
                const picker = this;
                if (!navigator.geolocation) { picker.$server.notLocated(''); return; }
                navigator.geolocation.getCurrentPosition(
                    p => picker.$server.located(p.coords.latitude, p.coords.longitude),
                    e => picker.$server.notLocated(e.message), {timeout: 15000, maximumAge: 60000});
                """);
    }

    @ClientCallable
    private void located(double latitude, double longitude) {
        fireEvent(new PlaceChosen(this, latitude, longitude, getTranslation("worker.my-place")));
    }

    @ClientCallable
    private void notLocated(String reason) {
        Notification failed = Notification.show(getTranslation("worker.not-located", reason), 6000,
                Notification.Position.TOP_CENTER);
        failed.addThemeVariants(NotificationVariant.WARNING);
    }
}
