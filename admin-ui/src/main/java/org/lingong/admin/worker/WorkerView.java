package org.lingong.admin.worker;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.api.TenantProfile;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.maps.MapSettings;
import org.lingong.admin.nearby.CityDirectory;
import org.lingong.admin.nearby.CityDirectory.Carrier;
import org.lingong.admin.nearby.CityDirectory.Category;
import org.lingong.admin.nearby.NearbyJobs;
import org.lingong.common.nearby.TravelMode;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

/**
 * {@code /worker/{city}}: open jobs within a travel time of a place, for anyone, no sign-in. The place is the browser's
 * position, a market of the city, typed coordinates, a click on the map or {@code ?lat=…&lon=…} (with
 * {@code &mode=EBIKE&minutes=20} if wished); else the city's first market. The page holds the search and puts its
 * parts together — {@link PlacePicker}, {@link TravelChoice}, {@link JobFilters}, {@link NearbyMap}, {@link JobList}
 * with a {@link JobCard} per job, {@link GrabAction} — and every change they tell it of searches again through the
 * gateway without a token. A signed-in worker finds their profile ({@link WorkerProfileView}) in the header.
 */
@Route("worker/:city")
@AnonymousAllowed
public class WorkerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    private final transient PlatformApi api;
    private final transient AuthenticationContext authentication;
    private final MapSettings maps;

    private String city;
    private TenantProfile profile;
    private List<Carrier> markets = List.of();
    private List<Category> categories = List.of();
    private NearbyQuery query;
    private String placeName;

    private final JobList jobs = new JobList();
    private NearbyMap map;

    public WorkerView(PlatformApi api, AuthenticationContext authentication, MapSettings maps) {
        this.api = api;
        this.authentication = authentication;
        this.maps = maps;
        WorkerPages.column(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        city = event.getRouteParameters().get("city").orElseThrow();
        QueryParameters parameters = event.getLocation().getQueryParameters();
        try {
            profile = WorkerPages.city(api, event.getUI(), city);
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
            placeName = PlaceChosen.coordinatesName(asked.get()[0], asked.get()[1]);
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

    /** The whole page for the current place, in the UI's language; then the search. */
    private void build() {
        removeAll();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        PlacePicker place = new PlacePicker(markets, query, placeName);
        place.addPlaceChosenListener(this::moveTo);
        TravelChoice travel = new TravelChoice(query);
        travel.addQueryChangedListener(this::change);
        JobFilters filters = new JobFilters(query, categoryNames());
        filters.addQueryChangedListener(this::change);
        map = new NearbyMap(api, city, maps.forCity(city, profile.brandingOrNone()));
        map.addPlaceChosenListener(this::moveTo);

        Div controls = new Div(place, travel, filters);
        controls.addClassNames(Display.FLEX, FlexDirection.COLUMN, Gap.SMALL, Padding.SMALL);
        controls.setWidthFull();
        controls.getStyle().set("box-sizing", "border-box");
        Span hint = new Span(getTranslation("worker.map.hint"));
        hint.addClassNames(FontSize.XSMALL, TextColor.SECONDARY, Padding.Horizontal.SMALL);
        add(new WorkerHeader(profile, profileLink()), controls, map, hint, jobs);
        if (query == null) {
            jobs.show(new ApiProblem(404, getTranslation("worker.no-place"), null, Map.of()));
        } else {
            search();
        }
    }

    /** 我的档案 for a signed-in worker; 登录 / 注册 (by phone and SMS code, in this city) for a visitor. */
    private Component profileLink() {
        if (!authentication.isAuthenticated()) {
            String signInPage = "worker/" + city + "/sign-in";
            Anchor signIn = new Anchor(signInPage, getTranslation("worker.sign-in"));
            signIn.setId("sign-in");
            // A full page load: the sign-in starts on the server, which tells Keycloak the city (CitySignIn).
            signIn.getElement().setAttribute("router-ignore", true);
            return signIn;
        }
        RouterLink link = new RouterLink(getTranslation("worker.profile.link"), WorkerProfileView.class,
                new RouteParameters("city", city));
        link.setId("my-profile");
        return WorkerPages.links(WorkerPages.ordersLink(city), link, new NotificationBell(api, city));
    }

    private void change(QueryChanged changed) {
        if (query != null) {
            query = changed.applyTo(query);
            search();
        }
    }

    private void moveTo(PlaceChosen place) {
        placeName = place.name();
        query = query == null ? NearbyQuery.at(place.latitude(), place.longitude())
                : query.movedTo(place.latitude(), place.longitude());
        build();
    }

    private void search() {
        NearbyJobs.Found found;
        try {
            found = api.getPublic(NearbyJobs.Found.class, query.uri(), query.variables(city));
        } catch (ApiProblem problem) {
            jobs.show(problem);
            return;
        }
        GrabAction grab = new GrabAction(api, authentication, city);
        jobs.show(found, categoryNames(), grab.signedIn(), job -> grab.grab(job, query, this::search));
        map.show(found, placeName, getLocale());
    }

    private Map<String, String> categoryNames() {
        return CityDirectory.names(categories, getLocale());
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
}
