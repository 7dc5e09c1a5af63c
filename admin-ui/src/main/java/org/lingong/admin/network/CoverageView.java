package org.lingong.admin.network;

import java.text.NumberFormat;
import java.util.List;
import java.util.Set;

import org.lingong.admin.MainLayout;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.security.SignedInUser;
import org.lingong.common.tenant.Roles;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.card.CardVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

import jakarta.annotation.security.RolesAllowed;

/**
 * The signed-in user's own city: its regions (county → township/street → community/village) and how far the open
 * network covers them, as the API counts it — the city's three measures against their targets at the top, each county
 * with the townships and central villages still missing a station or window, and the whole region tree with every
 * gap marked. There is no city parameter: the page reads the city of the user's token, so it never shows another's.
 */
@Route(value = "city/network/coverage", layout = MainLayout.class)
@RolesAllowed({Roles.CITY_ADMIN, Roles.STATION_STAFF})
public class CoverageView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    private final transient PlatformApi api;
    private final String tenant;

    public CoverageView(PlatformApi api, AuthenticationContext authentication) {
        this.api = api;
        this.tenant = SignedInUser.current(authentication).tenant().orElseThrow();
    }

    @Override
    public String getPageTitle() {
        return Brand.title(getTranslation("coverage.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getPage().setTitle(getPageTitle());
        removeAll();
        try {
            show(api.get(Coverage.class, "/t/{tenant}/api/v1/network/coverage", tenant), Region.tree(api, tenant));
        } catch (ApiProblem problem) {
            add(new H2(getTranslation("coverage.title")), ProblemNotice.inPlace(problem));
        }
    }

    private void show(Coverage coverage, List<Region> regions) {
        H2 title = new H2(getTranslation("coverage.heading", coverage.city().name()));
        title.addClassNames(Margin.Bottom.NONE);
        Paragraph note = new Paragraph(getTranslation("coverage.note"));
        note.addClassNames(TextColor.SECONDARY, Margin.Top.XSMALL);
        Div summary = new Div(
                summaryCard("township-stations", coverage.city().townshipStations()),
                summaryCard("village-windows", coverage.city().centralVillageWindows()),
                summaryCard("county-markets", coverage.city().countyMarkets()));
        summary.setId("coverage-summary");
        summary.addClassNames(Display.FLEX, FlexWrap.WRAP, Gap.MEDIUM);
        add(title, note, summary);
        if (regions.isEmpty()) {
            add(new Paragraph(getTranslation("coverage.no-regions")));
            return;
        }
        add(new H3(getTranslation("coverage.counties")), counties(coverage.counties()),
                new H3(getTranslation("coverage.regions")), regionTree(coverage.city(), regions));
    }

    /** One of the city's measures: covered of all, the percentage against the target, met or not, one per line. */
    private Card summaryCard(String measure, Coverage.Measure figures) {
        Card card = new Card();
        card.addThemeVariants(CardVariant.OUTLINED);
        card.setId("coverage-" + measure);
        card.setTitle(getTranslation("coverage." + measure));
        card.setWidth("19rem");
        Div ratio = new Div(getTranslation("coverage.ratio", figures.numerator(), figures.denominator()));
        ratio.addClassNames(FontSize.XXXLARGE, FontWeight.SEMIBOLD);
        card.add(ratio);
        if (figures.percent() == null) {
            card.add(new Div(getTranslation("coverage.unmeasured")));
            return card;
        }
        Div percent = new Div(getTranslation("coverage.percent-target", percent(figures.percent()),
                percent(figures.target())));
        percent.addClassNames(TextColor.SECONDARY);
        card.add(percent);
        card.setHeaderSuffix(Boolean.TRUE.equals(figures.met())
                ? badge("coverage.met", BadgeVariant.SUCCESS) : badge("coverage.missed", BadgeVariant.ERROR));
        if (!figures.gaps().isEmpty()) {
            Div gaps = new Div(getTranslation("coverage.gap-count", figures.gaps().size()));
            gaps.addClassNames(TextColor.ERROR, FontSize.SMALL);
            card.add(gaps);
        }
        return card;
    }

    private Grid<Coverage.Area> counties(List<Coverage.Area> counties) {
        Grid<Coverage.Area> grid = new Grid<>();
        grid.setId("coverage-counties");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(Coverage.Area::name).setHeader(getTranslation("coverage.county")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(county -> ratio(county.townshipStations()))
                .setHeader(getTranslation("coverage.column.stations")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(county -> gaps(county.townshipStations()))
                .setHeader(getTranslation("coverage.column.station-gaps")).setFlexGrow(2);
        grid.addColumn(county -> ratio(county.centralVillageWindows()))
                .setHeader(getTranslation("coverage.column.windows")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(county -> gaps(county.centralVillageWindows()))
                .setHeader(getTranslation("coverage.column.window-gaps")).setFlexGrow(1);
        grid.addComponentColumn(county -> county.countyMarkets().gaps().isEmpty()
                        ? badge("coverage.state.market", BadgeVariant.SUCCESS)
                        : badge("coverage.state.no-market", BadgeVariant.ERROR))
                .setHeader(getTranslation("coverage.column.market")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(counties);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** Every region with its state; counties and townships open, so each gap is in sight. */
    private TreeGrid<Region> regionTree(Coverage.Area city, List<Region> regions) {
        Set<String> noMarket = city.countyMarkets().gapCodes();
        Set<String> noStation = city.townshipStations().gapCodes();
        Set<String> noWindow = city.centralVillageWindows().gapCodes();
        TreeGrid<Region> tree = new TreeGrid<>();
        tree.setId("coverage-regions");
        tree.addThemeVariants(GridVariant.ROW_STRIPES);
        tree.addHierarchyColumn(Region::name).setHeader(getTranslation("coverage.region")).setFlexGrow(2);
        tree.addColumn(Region::code).setHeader(getTranslation("coverage.code")).setAutoWidth(true).setFlexGrow(0);
        tree.addColumn(region -> getTranslation("region.level." + region.level()))
                .setHeader(getTranslation("coverage.level")).setAutoWidth(true).setFlexGrow(0);
        tree.addComponentColumn(region -> state(region, noMarket, noStation, noWindow))
                .setHeader(getTranslation("coverage.state")).setFlexGrow(1);
        tree.setItems(regions, Region::children);
        tree.expandRecursively(regions, 2);
        tree.setAllRowsVisible(true);
        return tree;
    }

    /** What the region is measured by, from the API's gaps: whatever is no gap there is covered. */
    private Component state(Region region, Set<String> noMarket, Set<String> noStation, Set<String> noWindow) {
        return switch (region.level()) {
            case "COUNTY" -> noMarket.contains(region.code())
                    ? badge("coverage.state.no-market", BadgeVariant.ERROR)
                    : badge("coverage.state.market", BadgeVariant.SUCCESS);
            case "TOWNSHIP" -> noStation.contains(region.code())
                    ? badge("coverage.state.no-station", BadgeVariant.ERROR)
                    : badge("coverage.state.station", BadgeVariant.SUCCESS);
            default -> !region.central() ? new Span()
                    : noWindow.contains(region.code()) ? badge("coverage.state.no-window", BadgeVariant.ERROR)
                    : badge("coverage.state.window", BadgeVariant.SUCCESS);
        };
    }

    /** The regions still missing what the measure counts, as red badges; "none" when there are none. */
    private Component gaps(Coverage.Measure measure) {
        Div gaps = new Div();
        gaps.addClassNames(Display.FLEX, FlexWrap.WRAP, Gap.XSMALL);
        if (measure.denominator() == 0) {
            gaps.add(new Span(getTranslation("coverage.unmeasured")));
        } else if (measure.gaps().isEmpty()) {
            gaps.add(new Span(getTranslation("coverage.none")));
        }
        measure.gaps().forEach(gap -> {
            Badge badge = new Badge(gap.name());
            badge.addThemeVariants(BadgeVariant.ERROR);
            badge.addClassName("coverage-gap");
            gaps.add(badge);
        });
        return gaps;
    }

    private String ratio(Coverage.Measure measure) {
        return getTranslation("coverage.ratio", measure.numerator(), measure.denominator());
    }

    private Badge badge(String key, BadgeVariant variant) {
        Badge badge = new Badge(getTranslation(key));
        badge.addThemeVariants(variant);
        return badge;
    }

    private String percent(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
