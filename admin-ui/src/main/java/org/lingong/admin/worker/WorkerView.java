package org.lingong.admin.worker;

import java.text.DateFormatSymbols;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.lingong.admin.AnyChoice;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.api.TenantProfile;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.i18n.LanguageSelect;
import org.lingong.admin.maps.LeafletMap;
import org.lingong.admin.maps.MapSettings;
import org.lingong.admin.maps.MapShift;
import org.lingong.admin.maps.MapTiles;
import org.lingong.admin.nearby.CityDirectory;
import org.lingong.admin.nearby.CityDirectory.Carrier;
import org.lingong.admin.nearby.CityDirectory.Category;
import org.lingong.admin.nearby.JobTexts;
import org.lingong.admin.nearby.NearbyJobs;
import org.lingong.admin.nearby.NearbyJobs.Hit;
import org.lingong.admin.worker.NearbyQuery.Sort;
import org.lingong.admin.worker.NearbyQuery.Term;
import org.lingong.common.nearby.TravelMode;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

import tools.jackson.databind.JsonNode;

/**
 * {@code /worker/{city}}: open jobs within a travel time of a place, for anyone, no sign-in. The place is the browser's
 * position, a market of the city, typed coordinates, a click on the map or {@code ?lat=…&lon=…} (with
 * {@code &mode=EBIKE&minutes=20} if wished); else the city's first market. Every change searches again through the gateway without a token. Grabbing a job signs the worker in first.
 */
@Route("worker/:city")
@AnonymousAllowed
public class WorkerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    private static final String FALLBACK_COLOUR = "#1676F3";

    private final transient PlatformApi api;
    private final transient AuthenticationContext authentication;
    private final MapSettings maps;

    private String city;
    private TenantProfile profile;
    private List<Carrier> markets = List.of();
    private List<Category> categories = List.of();
    private NearbyQuery query;
    private String placeName;

    private final Span summary = new Span();
    private final Span degraded = new Span();
    private final Div results = new Div();
    private LeafletMap map;

    public WorkerView(PlatformApi api, AuthenticationContext authentication, MapSettings maps) {
        this.api = api;
        this.authentication = authentication;
        this.maps = maps;
        setPadding(false);
        setSpacing(false);
        setWidthFull();
        getStyle().set("max-width", "720px").set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        city = event.getRouteParameters().get("city").orElseThrow();
        QueryParameters parameters = event.getLocation().getQueryParameters();
        try {
            profile = api.getPublic(TenantProfile.class, "/t/{city}/api/v1/tenant", city);
            Brand.wear(event.getUI(), profile.brandingOrNone());
            markets = CityDirectory.markets(api, city);
            categories = CityDirectory.categories(api, city);
        } catch (ApiProblem problem) {
            removeAll();
            add(ProblemNotice.inPlace(problem));
            return;
        }
        Optional<double[]> asked = coordinate(parameters, "lat").flatMap(lat -> coordinate(parameters, "lon")
                .map(lon -> new double[] {lat, lon}));
        if (asked.isPresent()) {
            query = NearbyQuery.at(asked.get()[0], asked.get()[1]);
            placeName = coordinatesName(asked.get()[0], asked.get()[1]);
        } else if (!markets.isEmpty()) {
            query = NearbyQuery.at(markets.getFirst().latitude(), markets.getFirst().longitude());
            placeName = markets.getFirst().name();
        }
        if (query != null) {
            TravelMode mode = parameters.getSingleParameter("mode").flatMap(TravelMode::parse).orElse(query.mode());
            int minutes = parameters.getSingleParameter("minutes").filter(value -> value.matches("[0-9]{1,3}"))
                    .map(Integer::parseInt).filter(value -> value >= 1 && value <= 120).orElse(query.minutes());
            query = query.with(mode, minutes);
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (profile != null) {
            build();
        }
    }

    @Override
    public String getPageTitle() {
        return Brand.title(getTranslation("worker.title"));
    }

    private void build() {
        removeAll();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        map = new LeafletMap(tiles());
        map.setId("map");
        map.setWidthFull();
        map.setHeight("260px");
        map.onClick((latitude, longitude) -> moveTo(latitude, longitude, coordinatesName(latitude, longitude)));
        summary.setId("summary");
        summary.addClassNames(FontWeight.SEMIBOLD);
        degraded.setId("degraded");
        degraded.addClassNames(FontSize.SMALL, TextColor.WARNING);
        results.setId("jobs");
        results.addClassNames(Display.FLEX, FlexDirection.COLUMN, Gap.SMALL, Padding.Horizontal.SMALL, Padding.Bottom.LARGE);
        results.setWidthFull();
        results.getStyle().set("box-sizing", "border-box");

        Div controls = new Div(place(), travel(), text(), filters());
        controls.addClassNames(Display.FLEX, FlexDirection.COLUMN, Gap.SMALL, Padding.SMALL);
        controls.setWidthFull();
        controls.getStyle().set("box-sizing", "border-box");
        Span hint = new Span(getTranslation("worker.map.hint"));
        hint.addClassNames(FontSize.XSMALL, TextColor.SECONDARY, Padding.Horizontal.SMALL);
        Div status = new Div(summary, degraded);
        status.addClassNames(Display.FLEX, FlexDirection.COLUMN, Padding.SMALL);
        add(header(), controls, map, hint, status, results);
        if (query == null) {
            results.add(ProblemNotice.inPlace(new ApiProblem(404, getTranslation("worker.no-place"), null, Map.of())));
        } else {
            search();
        }
    }

    private Header header() {
        TenantProfile.Branding branding = profile.brandingOrNone();
        H1 name = new H1(Brand.name());
        name.setId("brand-name");
        name.addClassNames(FontSize.XLARGE, Margin.NONE);
        Div title = new Div();
        if (branding.logoUrl() != null) {
            Image logo = new Image(branding.logoUrl(), getTranslation("branding.logo"));
            logo.setId("brand-logo");
            logo.setHeight("2rem");
            title.add(logo);
        }
        title.add(name);
        title.addClassNames(Display.FLEX, AlignItems.CENTER, Gap.SMALL);

        LanguageSelect language = new LanguageSelect();
        language.setId("language");
        Div top = new Div(title, language);
        top.addClassNames(Display.FLEX, AlignItems.CENTER, Gap.SMALL);
        top.getStyle().set("justify-content", "space-between");

        Span cityName = new Span(getTranslation("worker.subtitle", profile.name(getLocale())));
        Div second = new Div(cityName);
        second.addClassNames(Display.FLEX, FlexWrap.WRAP, AlignItems.CENTER, Gap.MEDIUM, FontSize.SMALL);
        if (branding.hotline() != null) {
            String dial = "tel:" + branding.hotline();
            Anchor hotline = new Anchor(dial, getTranslation("branding.preview.hotline", branding.hotline()));
            hotline.setId("hotline");
            hotline.getStyle().set("color", "inherit");
            second.add(hotline);
        }
        Header header = new Header(top, second);
        header.addClassNames(Padding.MEDIUM, Display.FLEX, FlexDirection.COLUMN, Gap.XSMALL);
        header.setWidthFull();
        header.getStyle().set("box-sizing", "border-box").set("color", "white")
                .set("background", Brand.current().primaryColor() == null ? FALLBACK_COLOUR
                        : Brand.current().primaryColor());
        return header;
    }

    /** Where the circle is drawn from. */
    private Component place() {
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
            if (change.getValue() != null) {
                moveTo(change.getValue().latitude(), change.getValue().longitude(), change.getValue().name());
            }
        });
        Div row = new Div(locate, market);
        row.addClassNames(Display.FLEX, FlexWrap.WRAP, AlignItems.CENTER, Gap.SMALL);

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
                moveTo(latitude.getValue(), longitude.getValue(),
                        coordinatesName(latitude.getValue(), longitude.getValue()));
            }
        });
        go.setId("go");
        Div typed = new Div(latitude, longitude, go);
        typed.addClassNames(Display.FLEX, FlexWrap.WRAP, AlignItems.BASELINE, Gap.SMALL);
        Details coordinates = new Details(getTranslation("worker.coordinates"), typed);
        coordinates.setId("coordinates");

        Div place = new Div(row, current, coordinates);
        place.addClassNames(Display.FLEX, FlexDirection.COLUMN, Gap.XSMALL);
        return place;
    }

    private Component travel() {
        Select<TravelMode> mode = new Select<>();
        mode.setId("mode");
        mode.setItems(TravelMode.values());
        mode.setItemLabelGenerator(value -> getTranslation("worker.mode." + value));
        mode.setValue(query == null ? TravelMode.WALK : query.mode());
        mode.setWidth("7em");
        IntegerField minutes = new IntegerField();
        minutes.setId("minutes");
        minutes.setMin(1);
        minutes.setMax(120);
        minutes.setStepButtonsVisible(true);
        minutes.setValue(query == null ? 15 : query.minutes());
        minutes.setSuffixComponent(new Span(getTranslation("worker.minutes")));
        minutes.setWidth("8.5em");
        mode.addValueChangeListener(change -> change(q -> q.with(change.getValue(), q.minutes())));
        minutes.addValueChangeListener(change -> {
            Integer value = change.getValue();
            if (value != null && value >= 1 && value <= 120) {
                change(q -> q.with(q.mode(), value));
            }
        });
        Select<Sort> sort = new Select<>();
        sort.setId("sort");
        sort.setItems(Sort.values());
        sort.setItemLabelGenerator(value -> getTranslation("worker.sort." + value));
        sort.setValue(query == null ? Sort.DISTANCE : query.sort());
        sort.setWidth("8em");
        sort.addValueChangeListener(change -> change(q -> q.sortedBy(change.getValue())));
        Div row = new Div(mode, minutes, sort);
        row.addClassNames(Display.FLEX, FlexWrap.WRAP, AlignItems.BASELINE, Gap.SMALL);
        return row;
    }

    private Component text() {
        TextField text = new TextField();
        text.setId("q");
        text.setPlaceholder(getTranslation("worker.q"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setMaxLength(50);
        text.setWidthFull();
        text.setValue(query == null || query.text() == null ? "" : query.text());
        text.addValueChangeListener(change -> change(q -> q.matching(change.getValue())));
        return text;
    }

    private Component filters() {
        Locale language = getLocale();
        Select<String> category = new Select<>();
        category.setId("category");
        category.setLabel(getTranslation("worker.category"));
        Map<String, String> names = categoryNames(language);
        category.setItems(names.keySet());
        AnyChoice.offer(category, getTranslation("worker.any"), names::get);
        IntegerField wage = new IntegerField(getTranslation("worker.min-wage"));
        wage.setId("min-wage");
        wage.setMin(0);
        wage.setSuffixComponent(new Span(getTranslation("worker.per-day")));
        wage.setWidth("9em");
        Select<Term> term = new Select<>();
        term.setId("term");
        term.setLabel(getTranslation("worker.term"));
        term.setItems(Term.values());
        AnyChoice.offer(term, getTranslation("worker.any"), value -> getTranslation("nearby.term." + value));
        term.setWidth("7em");
        DatePicker starts = new DatePicker(getTranslation("worker.starts-from"));
        starts.setId("starts-from");
        starts.setI18n(dates(language));
        starts.setLocale(language);
        starts.setMin(LocalDate.now(JobTexts.CHINA));
        starts.setWidth("10em");
        Checkbox priority = new Checkbox(getTranslation("worker.priority-only"));
        priority.setId("priority-only");
        if (query != null) {
            category.setValue(query.category());
            wage.setValue(query.minWageYuanPerDay());
            term.setValue(query.term());
            starts.setValue(query.startsFrom());
            priority.setValue(query.priorityOnly());
        }
        category.addValueChangeListener(change -> change(q -> q.filtered(change.getValue(), q.minWageYuanPerDay(),
                q.term(), q.startsFrom(), q.priorityOnly())));
        wage.addValueChangeListener(change -> {
            if (change.getValue() == null || change.getValue() >= 0) {
                change(q -> q.filtered(q.category(), change.getValue(), q.term(), q.startsFrom(), q.priorityOnly()));
            }
        });
        term.addValueChangeListener(change -> change(q -> q.filtered(q.category(), q.minWageYuanPerDay(),
                change.getValue(), q.startsFrom(), q.priorityOnly())));
        starts.addValueChangeListener(change -> change(q -> q.filtered(q.category(), q.minWageYuanPerDay(), q.term(),
                change.getValue(), q.priorityOnly())));
        priority.addValueChangeListener(change -> change(q -> q.filtered(q.category(), q.minWageYuanPerDay(),
                q.term(), q.startsFrom(), change.getValue())));

        Div fields = new Div(category, wage, term, starts, priority);
        fields.addClassNames(Display.FLEX, FlexWrap.WRAP, AlignItems.BASELINE, Gap.SMALL);
        Details details = new Details(getTranslation("worker.filters"), fields);
        details.setId("filters");
        return details;
    }

    private void change(UnaryOperator<NearbyQuery> change) {
        if (query != null) {
            query = change.apply(query);
            search();
        }
    }

    private void moveTo(double latitude, double longitude, String name) {
        placeName = name;
        query = query == null ? NearbyQuery.at(latitude, longitude) : query.movedTo(latitude, longitude);
        build();
    }

    private void search() {
        results.removeAll();
        degraded.setText("");
        NearbyJobs.Found found;
        try {
            found = api.getPublic(NearbyJobs.Found.class, query.uri(), query.variables(city));
        } catch (ApiProblem problem) {
            summary.setText("");
            results.add(ProblemNotice.inPlace(problem));
            return;
        }
        Locale language = getLocale();
        String radius = JobTexts.distance(found.radiusMeters());
        summary.setText(found.total() > found.hits().size()
                ? getTranslation("worker.summary.more", travelled(found), radius, found.total(), found.hits().size())
                : getTranslation("worker.summary", travelled(found), radius, found.total()));
        if (found.degraded()) {
            degraded.setText(getTranslation("worker.degraded"));
        }
        Map<String, String> names = categoryNames(language);
        boolean signedIn = authentication.isAuthenticated();
        found.hits().forEach(job -> results.add(new JobCard(job, names, language, signedIn, this::grab)));
        if (found.hits().isEmpty()) {
            Span none = new Span(getTranslation("worker.none"));
            none.setId("no-jobs");
            none.addClassNames(TextColor.SECONDARY, Padding.MEDIUM);
            results.add(none);
        }
        draw(found);
    }

    private String travelled(NearbyJobs.Found found) {
        return getTranslation("worker.travel", getTranslation("worker.mode." + found.mode()), found.minutes());
    }

    private void draw(NearbyJobs.Found found) {
        MapTiles tiles = tiles();
        if (tiles.shifted()) {
            map.setShift(shiftAt(found.center()));
        }
        String colour = Optional.ofNullable(Brand.current().primaryColor()).orElse(FALLBACK_COLOUR);
        List<LeafletMap.Pin> pins = found.hits().stream().map(job -> new LeafletMap.Pin(job.location().latitude(),
                job.location().longitude(), job.title() + " · " + JobTexts.wage(job.wage(), getLocale()))).toList();
        map.show(new LeafletMap.Pin(found.center().latitude(), found.center().longitude(), placeName), found.radiusMeters(),
                pins, colour);
    }

    /** Amap or Tianditu GCJ-02 tiles: one conversion of the circle's centre (without it, points stay unshifted). */
    private MapShift shiftAt(NearbyJobs.Point centre) {
        try {
            JsonNode to = api.getPublic(JsonNode.class,
                    "/t/{city}/api/v1/maps/convert?lat={lat}&lon={lon}&from=wgs84&to=gcj02", city,
                    centre.latitude(), centre.longitude()).path("to");
            return MapShift.between(centre.latitude(), centre.longitude(), to.path("lat").asDouble(),
                    to.path("lon").asDouble());
        } catch (ApiProblem unavailable) {
            return MapShift.NONE;
        }
    }

    private void grab(Hit job) {
        if (!authentication.isAuthenticated()) {
            // A protected page: Spring Security keeps it, Keycloak signs the worker in, and it sends them back here.
            UI.getCurrent().getPage().setLocation("worker/" + city + "/sign-in?lat=" + query.latitude() + "&lon="
                    + query.longitude() + "&mode=" + query.mode() + "&minutes=" + query.minutes());
            return;
        }
        try {
            api.post(JsonNode.class, null, "/t/{city}/api/v1/jobs/{id}/grab", job.tenant(), job.jobId());
            Notification done = Notification.show(getTranslation("worker.grabbed", job.title()), 5000,
                    Notification.Position.TOP_CENTER);
            done.addThemeVariants(NotificationVariant.SUCCESS);
            search();
        } catch (ApiProblem problem) {
            ProblemNotice.show(problem);
        }
    }

    private void locate() {
        getElement().executeJs("""
                const view = this;
                if (!navigator.geolocation) { view.$server.notLocated(''); return; }
                navigator.geolocation.getCurrentPosition(
                    p => view.$server.located(p.coords.latitude, p.coords.longitude),
                    e => view.$server.notLocated(e.message), {timeout: 15000, maximumAge: 60000});
                """);
    }

    @ClientCallable
    private void located(double latitude, double longitude) {
        moveTo(latitude, longitude, getTranslation("worker.my-place"));
    }

    @ClientCallable
    private void notLocated(String reason) {
        Notification failed = Notification.show(getTranslation("worker.not-located", reason), 6000,
                Notification.Position.TOP_CENTER);
        failed.addThemeVariants(NotificationVariant.WARNING);
    }

    private MapTiles tiles() {
        return maps.forCity(city, profile.brandingOrNone());
    }

    private Map<String, String> categoryNames(Locale language) {
        return categories.stream().collect(Collectors.toMap(Category::code, category -> category.name(language),
                (first, second) -> first, LinkedHashMap::new));
    }

    private String coordinatesName(double latitude, double longitude) {
        return getTranslation("worker.coordinates.value", String.format(Locale.ROOT, "%.5f", latitude),
                String.format(Locale.ROOT, "%.5f", longitude));
    }

    private static Optional<Double> coordinate(QueryParameters parameters, String name) {
        return parameters.getSingleParameter(name).flatMap(value -> {
            try {
                return Optional.of(Double.parseDouble(value));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        });
    }

    /** The calendar in the UI language, from the JDK's own locale data. */
    private DatePicker.DatePickerI18n dates(Locale language) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(language);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8))
                .setFirstDayOfWeek(1)
                .setDateFormat("yyyy-MM-dd")
                .setToday(getTranslation("worker.today"))
                .setCancel(getTranslation("worker.cancel"));
    }
}
