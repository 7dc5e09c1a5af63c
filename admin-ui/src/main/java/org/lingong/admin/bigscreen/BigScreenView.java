package org.lingong.admin.bigscreen;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.api.TenantProfile;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.nearby.CityDirectory;
import org.lingong.admin.nearby.CityDirectory.Carrier;
import org.lingong.admin.nearby.JobLine;
import org.lingong.admin.nearby.JobTexts;
import org.lingong.admin.nearby.NearbyJobs;
import org.lingong.admin.nearby.NearbyJobs.Hit;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.shared.Registration;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code /screen/{city}/{marketId}}: the information screen (信息发布大屏) of one market hall — open jobs near the
 * market in type readable across the hall, {@value #ROWS} to a page, turning every {@value #TICK_SECONDS} s and
 * fetched again every third turn (about 30 s). Sized in viewport units, so 1920×1080 and 1366×768 show the same.
 */
@Route("screen/:city/:market")
@AnonymousAllowed
public class BigScreenView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int ROWS = 10;
    static final int TICK_SECONDS = 10;
    private static final int TICKS_PER_FETCH = 3;
    /** Title, category, wage, distance, start, slots. */
    private static final String COLUMNS = "2.3fr 1.4fr 1.5fr 1fr 1.5fr 0.8fr";

    private final transient PlatformApi api;

    private String city;
    private long marketId;
    private TenantProfile profile;
    private Carrier market;
    private Map<String, String> categories = Map.of();
    private List<Hit> jobs = List.of();
    private long total;
    private int page;
    private int tick;
    private String workerPage;
    private Registration polling;

    private final Span clock = new Span();
    private final Span count = new Span();
    private final Span pageNumber = new Span();
    private final Span updated = new Span();
    private final Div rows = new Div();

    public BigScreenView(PlatformApi api) {
        this.api = api;
        setId("big-screen");
        setSizeFull();
        getStyle().set("position", "fixed").set("inset", "0").set("display", "flex").set("flex-direction", "column")
                .set("background", "#0E1A2B").set("color", "#F5F7FA").set("overflow", "hidden")
                .set("font-size", "3.3vh").set("line-height", "1.25");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        city = event.getRouteParameters().get("city").orElseThrow();
        try {
            marketId = Long.parseLong(event.getRouteParameters().get("market").orElseThrow());
        } catch (NumberFormatException notANumber) {
            marketId = -1;
        }
        removeAll();
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        workerPage = ServletUriComponentsBuilder.fromContextPath(request).path("/worker/{city}").build(city).toString();
        try {
            profile = api.getPublic(TenantProfile.class, "/t/{city}/api/v1/tenant", city);
            Brand.wear(event.getUI(), profile.brandingOrNone());
            categories = CityDirectory.names(CityDirectory.categories(api, city), event.getUI().getLocale());
            market = CityDirectory.market(api, city, marketId).orElseThrow(() ->
                    new ApiProblem(404, getTranslation("screen.no-market", String.valueOf(marketId)), null, Map.of()));
            fetch();
        } catch (ApiProblem problem) {
            add(ProblemNotice.inPlace(problem));
            return;
        }
        add(header(), facts(), columns(), rows, footer());
        show();
    }

    @Override
    public String getPageTitle() {
        return Brand.title(market == null ? getTranslation("screen.title") : market.name());
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (market != null) {
            attach.getUI().setPollInterval(TICK_SECONDS * 1000);
            polling = attach.getUI().addPollListener(poll -> turn());
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (polling != null) {
            polling.remove();
            detach.getUI().setPollInterval(-1);
        }
    }

    private void turn() {
        tick++;
        page++;
        if (tick % TICKS_PER_FETCH == 0) {
            try {
                fetch();
            } catch (ApiProblem unavailable) {
                // Keep showing the last list: a hall screen should not go blank for a short outage.
                updated.setText(getTranslation("screen.stale", unavailable.getMessage()));
            }
        }
        show();
    }

    private void fetch() {
        NearbyJobs.AtMarket found = api.getPublic(NearbyJobs.AtMarket.class, "/t/{city}/api/v1/markets/{id}/jobs?size={size}",
                city, marketId, 50);
        jobs = found.hits();
        total = found.total();
        updated.setText(getTranslation("screen.updated", time("HH:mm:ss")));
    }

    /** Draws the current page of jobs and the clock. */
    private void show() {
        int pages = Math.max(1, (jobs.size() + ROWS - 1) / ROWS);
        page = page % pages;
        clock.setText(time(getTranslation("screen.clock-pattern")));
        count.setText(getTranslation("screen.count", total));
        pageNumber.setText(pages > 1 ? getTranslation("screen.page", page + 1, pages) : "");
        rows.removeAll();
        Locale language = getLocale();
        jobs.stream().skip((long) page * ROWS).limit(ROWS).forEach(job -> rows.add(row(job, language)));
        if (jobs.isEmpty()) {
            Div none = new Div(new Span(getTranslation("screen.none")));
            none.getStyle().set("padding", "4vh 2vw").set("color", "#9FB3C8");
            rows.add(none);
        }
    }

    private Div header() {
        Div brand = new Div();
        String logo = profile.brandingOrNone().logoUrl();
        if (logo != null) {
            Image image = new Image(logo, getTranslation("branding.logo"));
            image.getStyle().set("height", "7vh");
            brand.add(image);
        }
        Span name = new Span(Brand.name());
        name.setId("brand-name");
        brand.add(name);
        brand.getStyle().set("display", "flex").set("align-items", "center").set("gap", "1vw")
                .set("font-size", "3.6vh").set("font-weight", "600");

        Span title = new Span(market.name());
        title.setId("market-name");
        title.getStyle().set("font-size", "5.4vh").set("font-weight", "700").set("text-align", "center")
                .set("white-space", "nowrap").set("overflow", "hidden").set("text-overflow", "ellipsis");
        clock.setId("clock");
        clock.getStyle().set("font-size", "3.6vh").set("text-align", "right").set("font-variant-numeric", "tabular-nums");

        Div header = new Div(brand, title, clock);
        header.getStyle().set("display", "grid").set("grid-template-columns", "1fr 2.2fr 1fr").set("align-items", "center")
                .set("gap", "2vw").set("height", "12vh").set("padding", "0 2vw").set("box-sizing", "border-box")
                .set("background", Brand.primaryColour())
                .set("color", "white").set("flex", "none");
        return header;
    }

    private Div facts() {
        Div facts = new Div();
        facts.setId("market-facts");
        String open = market.openingHours() == null ? "" : WeeklyHours.of(market.openingHours(), getLocale());
        if (!open.isEmpty()) {
            Span hours = new Span(getTranslation("screen.hours", open));
            hours.setId("opening-hours");
            hours.getStyle().set("overflow", "hidden").set("text-overflow", "ellipsis").set("white-space", "nowrap")
                    .set("min-width", "0");
            facts.add(hours);
        }
        String hotline = Optional.ofNullable(market.hotline()).orElse(profile.brandingOrNone().hotline());
        if (hotline != null) {
            Span call = new Span(getTranslation("branding.preview.hotline", hotline));
            call.setId("hotline");
            call.getStyle().set("white-space", "nowrap");
            facts.add(call);
        }
        count.setId("job-count");
        count.getStyle().set("margin-left", "auto").set("white-space", "nowrap").set("color", "#FFD54F");
        pageNumber.setId("page-number");
        pageNumber.getStyle().set("white-space", "nowrap");
        facts.add(count, pageNumber);
        facts.getStyle().set("display", "flex").set("align-items", "center").set("gap", "2vw").set("height", "5vh")
                .set("padding", "0 2vw").set("font-size", "2.6vh").set("background", "#13243A").set("flex", "none");
        return facts;
    }

    private Div columns() {
        Div header = line("job-columns", getTranslation("screen.column.title"), getTranslation("screen.column.category"),
                getTranslation("screen.column.wage"), getTranslation("screen.column.distance"),
                getTranslation("screen.column.starts"), getTranslation("screen.column.slots"));
        header.getStyle().set("color", "#9FB3C8").set("font-size", "2.6vh").set("height", "6vh")
                .set("border-bottom", "2px solid #2A3F5A");
        rows.setId("job-rows");
        rows.getStyle().set("flex", "1").set("overflow", "hidden");
        return header;
    }

    private Div row(Hit hit, Locale language) {
        JobLine job = JobLine.of(hit, categories, language);
        Div row = line(null, job.title(), job.category(), job.wage(), job.distance(), job.startTime(), job.slotsOpen());
        row.addClassName("job-row");
        row.getStyle().set("height", "6.9vh").set("border-bottom", "1px solid #1E3350");
        row.getChildren().skip(2).findFirst().ifPresent(wage -> wage.getElement().getStyle().set("color", "#FFD54F")
                .set("font-weight", "700"));
        return row;
    }

    /** One line of the table: a grid with the same columns for the header and every job. */
    private static Div line(String id, String... cells) {
        Div line = new Div();
        if (id != null) {
            line.setId(id);
        }
        for (String text : cells) {
            Span cell = new Span(text);
            cell.getStyle().set("white-space", "nowrap").set("overflow", "hidden").set("text-overflow", "ellipsis");
            line.add(cell);
        }
        line.getStyle().set("display", "grid").set("grid-template-columns", COLUMNS).set("align-items", "center")
                .set("gap", "1.5vw").set("padding", "0 2vw").set("box-sizing", "border-box").set("flex", "none");
        return line;
    }

    private Div footer() {
        Span more = new Span(getTranslation("screen.more", workerPage));
        more.setId("worker-link");
        updated.setId("updated");
        updated.getStyle().set("margin-left", "auto");
        Div footer = new Div(more, updated);
        footer.getStyle().set("display", "flex").set("align-items", "center").set("gap", "2vw").set("height", "7vh")
                .set("padding", "0 2vw").set("font-size", "2.4vh").set("color", "#9FB3C8").set("background", "#13243A")
                .set("flex", "none");
        return footer;
    }

    private String time(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, getLocale()).format(ZonedDateTime.now(JobTexts.CHINA));
    }
}
