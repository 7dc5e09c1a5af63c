package org.lingong.admin.province;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.lingong.admin.Jurisdiction;
import org.lingong.admin.MainLayout;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.api.TenantProfile;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.charts.BarChart;
import org.lingong.admin.city.CityKpis;
import org.lingong.admin.security.SignedInUser;
import org.lingong.common.tenant.Roles;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

import jakarta.annotation.security.RolesAllowed;

/**
 * The province's cities side by side on this year's key figures: a table sortable by every column, a bar chart of
 * one chosen figure, and the same table as an Excel file. Read-only, as the province's access is.
 */
@Route(value = "province", layout = MainLayout.class)
@RolesAllowed(Roles.PROVINCE_ADMIN)
public class ProvinceView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    /** Cities that serve (or served until suspended) have figures; one still onboarding or gone has none. */
    private static final Set<TenantProfile.Status> COMPARED =
            Set.of(TenantProfile.Status.ACTIVE, TenantProfile.Status.SUSPENDED);

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final transient PlatformApi api;
    private final transient AuthenticationContext authentication;
    private final Grid<CityKpis> grid = new Grid<>();
    private final Select<CityMeasure> charted = new Select<>();
    private final Div chart = new Div();
    private List<CityKpis> cities = List.of();

    public ProvinceView(PlatformApi api, AuthenticationContext authentication) {
        this.api = api;
        this.authentication = authentication;
        grid.setId("province-cities");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setMultiSort(false);
        charted.setId("charted-measure");
        charted.setItems(CityMeasure.ALL);
        charted.setValue(CityMeasure.JOBS);
        charted.addValueChangeListener(change -> showChart());
        chart.setId("province-chart");
        chart.setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return Brand.title(getTranslation("province.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getPage().setTitle(getPageTitle());
        removeAll();
        SignedInUser user = SignedInUser.current(authentication);
        H2 title = new H2(getTranslation("province.title"));
        LocalDate today = LocalDate.now(CityKpis.CHINA);
        Paragraph period = new Paragraph(getTranslation("province.period", Jurisdiction.of(user),
                today.withDayOfYear(1), today));
        period.addClassNames(TextColor.SECONDARY);
        try {
            cities = load();
        } catch (ApiProblem problem) {
            add(title, ProblemNotice.inPlace(problem));
            return;
        }
        columns(event.getLocale());
        grid.setItems(cities);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey(CityMeasure.JOBS.name()), SortDirection.DESCENDING)));

        charted.setLabel(getTranslation("province.chart"));
        charted.setItemLabelGenerator(measure -> getTranslation(measure.key()));
        Anchor export = new Anchor(excel(event.getLocale()), "");
        export.setText(getTranslation("province.export"));
        export.getElement().setAttribute("download", true);
        export.setId("export-xlsx");
        export.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        HorizontalLayout tools = new HorizontalLayout(charted, export);
        tools.setAlignItems(Alignment.BASELINE);
        add(title, period, grid, tools, chart);
        showChart();
    }

    private List<CityKpis> load() {
        List<CityKpis> loaded = new ArrayList<>();
        for (TenantProfile city : api.get(TenantProfile[].class, "/api/v1/platform/tenants")) {
            if (COMPARED.contains(city.status())) {
                loaded.add(CityKpis.thisYear(api, city));
            }
        }
        return loaded;
    }

    private void columns(Locale locale) {
        grid.removeAllColumns();
        grid.addColumn(kpis -> kpis.city().name(locale)).setHeader(getTranslation("province.city"))
                .setComparator(kpis -> kpis.city().name(locale)).setAutoWidth(true).setFrozen(true);
        NumberFormat counts = NumberFormat.getIntegerInstance(locale);
        NumberFormat percents = NumberFormat.getNumberInstance(locale);
        percents.setMaximumFractionDigits(1);
        for (CityMeasure measure : CityMeasure.ALL) {
            grid.addColumn(kpis -> measure.isPercent() ? percents.format(measure.of(kpis)) + "%"
                            : counts.format(measure.of(kpis)))
                    .setKey(measure.name())
                    .setHeader(getTranslation(measure.key()))
                    .setComparator(Comparator.comparingDouble(measure::of))
                    .setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true);
        }
    }

    private void showChart() {
        chart.removeAll();
        CityMeasure measure = charted.getValue();
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        String unit = measure.isPercent() ? "%" : "";
        List<BarChart.Bar> bars = cities.stream()
                .sorted(Comparator.comparingDouble(measure::of).reversed())
                .map(kpis -> new BarChart.Bar(kpis.city().name(getLocale()), measure.of(kpis),
                        format.format(measure.of(kpis)) + unit, measure.targetOf(kpis)))
                .toList();
        chart.add(new BarChart(getTranslation(measure.key()), bars));
        if (bars.stream().anyMatch(bar -> bar.target().isPresent())) {
            Span legend = new Span(getTranslation("province.chart.targets"));
            legend.setId("province-chart-legend");
            legend.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
            chart.add(legend);
        }
    }

    /** The figures as they were loaded for the page, in the page's language. */
    private DownloadHandler excel(Locale locale) {
        List<CityKpis> snapshot = cities;
        String fileName = getTranslation(locale, "province.file", LocalDate.now(CityKpis.CHINA)) + ".xlsx";
        return (DownloadHandler) download -> {
            download.setFileName(fileName);
            download.setContentType(XLSX);
            try {
                KpiWorkbook.write(snapshot, locale, key -> getTranslation(locale, key), download.getOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
