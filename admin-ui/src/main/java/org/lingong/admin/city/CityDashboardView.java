package org.lingong.admin.city;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.lingong.admin.MainLayout;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.api.TenantProfile;
import org.lingong.admin.charts.BarChart;
import org.lingong.admin.security.SignedInUser;
import org.lingong.common.tenant.Roles;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.card.CardVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
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

/** The bureau's key figures this year against its targets, with the jobs' sources and the network's coverage. */
@Route(value = "city", layout = MainLayout.class)
@RolesAllowed({Roles.CITY_ADMIN, Roles.STATION_STAFF})
public class CityDashboardView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    private final transient PlatformApi api;
    private final transient AuthenticationContext authentication;

    public CityDashboardView(PlatformApi api, AuthenticationContext authentication) {
        this.api = api;
        this.authentication = authentication;
        setId("city-dashboard");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("city.title") + " | " + getTranslation("app.brand");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getPage().setTitle(getPageTitle());
        removeAll();
        String tenant = SignedInUser.current(authentication).tenant().orElseThrow();
        try {
            TenantProfile city = api.get(TenantProfile.class, "/t/{tenant}/api/v1/tenant", tenant);
            show(CityKpis.thisYear(api, city), DispatchTime.thisYear(api, tenant));
        } catch (ApiProblem problem) {
            add(new H2(getTranslation("city.title")), ProblemNotice.inPlace(problem));
        }
    }

    private void show(CityKpis kpis, DispatchTime dispatch) {
        H2 title = new H2(getTranslation("city.heading", kpis.city().name(getLocale()), String.valueOf(kpis.from().getYear())));
        title.addClassNames(Margin.Bottom.NONE);
        Paragraph period = new Paragraph(getTranslation("city.period", kpis.from(), kpis.to()));
        period.addClassNames(TextColor.SECONDARY, Margin.Top.XSMALL);

        Div cards = new Div(
                card("kpi.jobs", kpis.jobsPosted(), kpis.jobsTarget()),
                card("kpi.workers", kpis.workers(), kpis.workersTarget()),
                card("kpi.employers", kpis.employers(), kpis.employersTarget()),
                shareCard(kpis),
                dispatchCard(dispatch),
                rateCard("kpi.mediation-success", kpis.disputes().mediationSuccessRate(),
                        kpis.disputes().mediationTargetPercent()),
                rateCard("kpi.arbitration-closure", kpis.disputes().arbitrationClosureRate(),
                        kpis.disputes().arbitrationTargetPercent()));
        cards.addClassNames(Display.FLEX, FlexWrap.WRAP, Gap.MEDIUM);

        Div charts = new Div(sourcesChart(kpis), coverageChart(kpis));
        charts.addClassNames(Display.FLEX, FlexWrap.WRAP, Gap.LARGE);
        charts.setWidthFull();
        add(title, period, cards, charts);
    }

    private Card card(String kpi, long value, OptionalDouble target) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        Span figure = new Span(numbers.format(value));
        figure.addClassNames(FontSize.XXXLARGE, FontWeight.SEMIBOLD);
        Card card = kpiCard(kpi, figure);
        if (target.isPresent()) {
            double ratio = value / target.getAsDouble();
            card.add(progress(ratio), new Span(getTranslation("kpi.of-target",
                    numbers.format((long) target.getAsDouble()), percent(ratio))));
        } else {
            card.add(new Span(getTranslation("kpi.no-target")));
        }
        return card;
    }

    private Card shareCard(CityKpis kpis) {
        Span figure = new Span(percent(kpis.thirdPartyShare()));
        figure.addClassNames(FontSize.XXXLARGE, FontWeight.SEMIBOLD);
        Card card = kpiCard("kpi.third-party", figure);
        card.add(progress(kpis.thirdPartyShare() / kpis.thirdPartyTarget()),
                new Span(getTranslation("kpi.share-target", percent(kpis.thirdPartyTarget()))));
        return card;
    }

    /** On-site dispatch against the 60-second promise: the median, and how many made it in time. */
    private Card dispatchCard(DispatchTime dispatch) {
        Span figure = new Span(dispatch.medianSeconds() == null ? getTranslation("kpi.dispatch.none")
                : getTranslation("kpi.dispatch.seconds", Math.round(dispatch.medianSeconds())));
        figure.addClassNames(FontSize.XXXLARGE, FontWeight.SEMIBOLD);
        Card card = kpiCard("kpi.dispatch", figure);
        if (dispatch.shareWithin60Seconds() != null) {
            card.add(progress(dispatch.shareWithin60Seconds()), new Span(getTranslation("kpi.dispatch.within",
                    percent(dispatch.shareWithin60Seconds()), dispatch.dispatches())));
        }
        return card;
    }

    /** A dispute rate against the city's target: the figure, or a dash when nothing ended in the period. */
    private Card rateCard(String kpi, Double rate, int targetPercent) {
        Span figure = new Span(rate == null ? getTranslation("kpi.rate.none") : percent(rate));
        figure.addClassNames(FontSize.XXXLARGE, FontWeight.SEMIBOLD);
        Card card = kpiCard(kpi, figure);
        if (rate != null) {
            card.add(progress(rate * 100 / targetPercent));
        }
        // A line of its own under the figure, with or without the bar.
        card.add(new Div(new Span(getTranslation("kpi.rate-target", percent(targetPercent / 100.0)))));
        return card;
    }

    private Card kpiCard(String kpi, Span figure) {
        Card card = new Card();
        card.addThemeVariants(CardVariant.OUTLINED);
        card.setTitle(getTranslation(kpi));
        card.setWidth("15rem");
        card.add(figure);
        card.addClassNames(TextColor.SECONDARY);
        card.getElement().setAttribute("data-kpi", kpi);
        return card;
    }

    private static ProgressBar progress(double ratio) {
        ProgressBar bar = new ProgressBar(0, 1, Math.min(1, Math.max(0, ratio)));
        if (ratio >= 1) {
            bar.addThemeVariants(ProgressBarVariant.SUCCESS);
        }
        return bar;
    }

    private Component sourcesChart(CityKpis kpis) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        List<BarChart.Bar> bars = kpis.jobsBySource().entrySet().stream()
                .map(source -> new BarChart.Bar(getTranslation("source." + source.getKey()), source.getValue(),
                        numbers.format(source.getValue())))
                .toList();
        return section("city.chart.sources", new BarChart(getTranslation("city.chart.sources"), bars));
    }

    private Component coverageChart(CityKpis kpis) {
        List<BarChart.Bar> bars = new ArrayList<>();
        bars.add(coverageBar("kpi.township-stations", kpis.townshipStations()));
        bars.add(coverageBar("kpi.village-windows", kpis.centralVillageWindows()));
        bars.add(coverageBar("kpi.county-markets", kpis.countyMarkets()));
        return section("city.chart.coverage", new BarChart(getTranslation("city.chart.coverage"), bars,
                OptionalDouble.of(100), getTranslation("kpi.full-coverage")));
    }

    private BarChart.Bar coverageBar(String kpi, CityKpis.Measure measure) {
        if (measure == null || measure.percent() == null) {
            return new BarChart.Bar(getTranslation(kpi), 0, getTranslation("kpi.nothing-to-measure"));
        }
        return new BarChart.Bar(getTranslation(kpi), measure.percent(),
                getTranslation("kpi.coverage-value", measure.percent(), measure.numerator(), measure.denominator()));
    }

    private Div section(String titleKey, Component chart) {
        Span title = new Span(getTranslation(titleKey));
        title.addClassNames(FontWeight.SEMIBOLD);
        Div section = new Div(title, chart);
        section.getStyle().set("flex", "1 1 28rem");
        return section;
    }

    private String percent(double ratio) {
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        percent.setMaximumFractionDigits(1);
        return percent.format(ratio);
    }
}
