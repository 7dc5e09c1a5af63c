package org.lingong.admin.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.lingong.admin.GridCell;
import org.lingong.admin.MainLayout;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.dispatch.DeskApi.WaitingWorker;
import org.lingong.admin.nearby.CityDirectory;
import org.lingong.admin.nearby.CityDirectory.Carrier;
import org.lingong.admin.nearby.CityDirectory.Category;
import org.lingong.admin.nearby.JobTexts;
import org.lingong.admin.nearby.NearbyJobs.Hit;
import org.lingong.admin.security.SignedInUser;
import org.lingong.common.tenant.Roles;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.Background;
import com.vaadin.flow.theme.lumo.LumoUtility.BorderRadius;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

import jakarta.annotation.security.RolesAllowed;

/**
 * 现场调度: the market staff's screen for dispatching on site (the city's 60-second target). The market's check-in QR
 * code for arriving workers, staff check-in by ID number, the waiting workers (longest first) and the open jobs around
 * the market; staff pick one of each and 派单. The lists and today's dispatch times refresh every
 * {@value #REFRESH_SECONDS} s by a UI poll, so newly arrived workers appear without a reload.
 */
@Route(value = "city/dispatch", layout = MainLayout.class)
@RolesAllowed({Roles.CITY_ADMIN, Roles.STATION_STAFF})
public class DispatchDeskView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    static final int REFRESH_SECONDS = 5;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter ARRIVAL = DateTimeFormatter.ofPattern("HH:mm");

    private final DeskApi desk;
    private final List<Carrier> markets;
    private final Map<String, Category> categories;
    private final Select<Carrier> market = new Select<>();
    private final LiveCheckInCode checkInCode;
    private final Anchor screen = new Anchor();
    private final TextField idNumber = new TextField();
    private final FieldErrors idNumberErrors = new FieldErrors();
    private final Div kpi = new Div();
    private final Grid<WaitingWorker> waiting = new Grid<>();
    private final Grid<Hit> jobs = new Grid<>();
    private final H3 waitingTitle = new H3();
    private final H3 jobsTitle = new H3();
    private final Span choice = new Span();
    private final Button dispatch = new Button();
    private final Span updated = new Span();
    private Registration polling;

    public DispatchDeskView(PlatformApi api, AuthenticationContext authentication) {
        String tenant = SignedInUser.current(authentication).tenant().orElseThrow();
        this.desk = new DeskApi(api, tenant);
        this.markets = orNothing(() -> CityDirectory.markets(api, tenant), List.of());
        this.categories = orNothing(() -> CityDirectory.categories(api, tenant), List.<Category>of()).stream()
                .collect(Collectors.toMap(Category::code, Function.identity()));
        market.setId("dispatch-market");
        market.setItems(markets);
        market.setItemLabelGenerator(Carrier::name);
        // The city's own market first; its lists are fetched once the page is built.
        markets.stream().findFirst().ifPresent(market::setValue);
        market.addValueChangeListener(change -> showMarket());
        checkInCode = new LiveCheckInCode(getTranslation("dispatch.qr.caption"));
        idNumber.setId("worker-id-number");
        idNumberErrors.bind("idNumber", idNumber);
        kpi.setId("dispatch-kpi");
        kpi.addClassNames(Display.FLEX, Gap.MEDIUM, FontSize.SMALL);
        waiting.setId("waiting-workers");
        jobs.setId("market-jobs");
        for (Grid<?> grid : List.of(waiting, jobs)) {
            grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.WRAP_CELL_CONTENT);
            grid.setSizeFull();
            // A second click on the chosen row keeps it chosen: the desk is used in a hurry.
            ((GridSingleSelectionModel<?>) grid.getSelectionModel()).setDeselectAllowed(false);
            grid.asSingleSelect().addValueChangeListener(change -> showChoice());
        }
        dispatch.setId("dispatch");
        dispatch.addThemeVariants(ButtonVariant.PRIMARY);
        dispatch.addClickListener(click -> dispatch());
        updated.setId("desk-updated");
    }

    @Override
    public String getPageTitle() {
        return Brand.title(getTranslation("dispatch.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getPage().setTitle(getPageTitle());
        removeAll();
        setSizeFull();
        market.setLabel(getTranslation("dispatch.market"));
        dispatch.setText(getTranslation("dispatch.action"));
        dispatch.setIcon(VaadinIcon.PAPERPLANE.create());
        updated.addClassNames(FontSize.XSMALL, TextColor.SECONDARY);
        // Today's dispatch times above the refresh time, at the right of the title: in sight while dispatching.
        Div status = new Div(kpi, updated);
        status.addClassNames(Display.FLEX, FlexDirection.COLUMN, AlignItems.END, Margin.Left.AUTO);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("dispatch.title")), market, status);
        header.setAlignItems(Alignment.BASELINE);
        header.setWidthFull();
        if (markets.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("dispatch.no-market"));
            none.addClassNames(TextColor.SECONDARY);
            add(header, none);
            return;
        }
        columns();
        // Jobs carry more to read than workers: three fifths of the width.
        Div lists = new Div(list(waitingTitle, waiting, 2), list(jobsTitle, jobs, 3));
        lists.addClassNames(Display.FLEX, Gap.MEDIUM);
        lists.setWidthFull();
        lists.getStyle().set("flex", "1").set("min-height", "0");
        choice.addClassNames(TextColor.SECONDARY);
        choice.setId("dispatch-choice");
        HorizontalLayout action = new HorizontalLayout(choice, dispatch);
        action.setAlignItems(Alignment.CENTER);
        action.setJustifyContentMode(JustifyContentMode.END);
        action.setWidthFull();
        VerticalLayout main = new VerticalLayout(lists, action);
        main.setPadding(false);
        main.getStyle().set("flex", "1").set("min-width", "0").set("min-height", "0");
        Div body = new Div(side(), main);
        body.addClassNames(Display.FLEX, Gap.LARGE);
        body.setWidthFull();
        body.getStyle().set("flex", "1").set("min-height", "0");
        add(header, body);
        showMarket();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().setPollInterval(REFRESH_SECONDS * 1000);
        polling = attach.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        polling.remove();
        detach.getUI().setPollInterval(-1);
    }

    /** The QR code to scan, and check-in by staff for a worker without a phone. */
    private Component side() {
        Span scan = new Span(getTranslation("dispatch.qr.caption"));
        scan.addClassNames(FontWeight.SEMIBOLD);
        checkInCode.qr.setWidth("12rem");
        checkInCode.qr.setHeight("12rem");
        checkInCode.code.addClassNames(FontSize.XXSMALL, TextColor.SECONDARY);
        screen.setText(getTranslation("dispatch.screen.open"));
        screen.setId("check-in-screen-link");
        screen.setTarget(AnchorTarget.BLANK);
        screen.addClassNames(FontSize.SMALL);
        Div card = new Div(scan, checkInCode.qr, checkInCode.code, screen);
        card.addClassNames(Display.FLEX, FlexDirection.COLUMN, Gap.XSMALL, Padding.SMALL, BorderRadius.MEDIUM,
                Background.CONTRAST_5);

        idNumber.setLabel(getTranslation("dispatch.check-in.id-number"));
        idNumber.setWidthFull();
        Button checkIn = new Button(getTranslation("dispatch.check-in.action"), VaadinIcon.SIGN_IN.create(),
                click -> checkIn());
        checkIn.setId("staff-check-in");
        checkIn.setWidthFull();

        Button walkIn = new Button(getTranslation("walk-in.open"), VaadinIcon.USER_CARD.create(),
                click -> walkIn(null));
        walkIn.setId("walk-in-open");
        walkIn.setWidthFull();

        VerticalLayout side = new VerticalLayout(card, idNumber, checkIn, walkIn);
        side.setPadding(false);
        side.setSpacing(false);
        side.addClassNames(Gap.SMALL);
        side.setWidth("13rem");
        side.getStyle().set("flex", "none").set("overflow-y", "auto").set("overflow-x", "hidden");
        return side;
    }

    private static Component list(H3 title, Grid<?> grid, int share) {
        title.addClassNames(FontSize.MEDIUM, Margin.NONE);
        Div column = new Div(title, grid);
        column.addClassNames(Display.FLEX, FlexDirection.COLUMN, Gap.XSMALL);
        column.getStyle().set("flex", share + " 1 0").set("min-width", "0");
        return column;
    }

    private void columns() {
        Locale language = getLocale();
        waiting.removeAllColumns();
        waiting.addComponentColumn(this::person).setHeader(getTranslation("dispatch.column.worker")).setWidth("8rem")
                .setFlexGrow(0);
        waiting.addColumn(worker -> String.join(" / ", worker.skills()))
                .setHeader(getTranslation("dispatch.column.skills")).setFlexGrow(1);
        waiting.addComponentColumn(this::waited).setHeader(getTranslation("dispatch.column.waiting"))
                .setAutoWidth(true).setFlexGrow(0);
        jobs.removeAllColumns();
        jobs.addComponentColumn(this::job).setHeader(getTranslation("dispatch.column.job")).setFlexGrow(3);
        jobs.addColumn(job -> JobTexts.wage(job.wage(), language)).setHeader(getTranslation("dispatch.column.wage"))
                .setAutoWidth(true).setFlexGrow(0);
        jobs.addColumn(job -> JobTexts.startTime(job.startsAt(), language))
                .setHeader(getTranslation("dispatch.column.starts")).setAutoWidth(true).setFlexGrow(0);
        jobs.addColumn(job -> getTranslation("nearby.slots", job.slotsOpen()))
                .setHeader(getTranslation("dispatch.column.slots")).setAutoWidth(true).setFlexGrow(0);
        jobs.addColumn(job -> JobTexts.distance(job.distanceMeters()))
                .setHeader(getTranslation("dispatch.column.distance")).setAutoWidth(true).setFlexGrow(0);
    }

    private Component person(WaitingWorker worker) {
        return GridCell.twoLines(worker.name(), worker.phone());
    }

    private Component job(Hit job) {
        return GridCell.twoLines(job.title(), Optional.ofNullable(categories.get(job.category()))
                .map(category -> category.name(getLocale())).orElse(job.category()));
    }

    private Component waited(WaitingWorker worker) {
        long minutes = Duration.between(worker.waitingSince(), Instant.now()).toMinutes();
        return GridCell.twoLines(ARRIVAL.format(worker.waitingSince().atZone(JobTexts.CHINA)),
                getTranslation("dispatch.waited", Math.max(0, minutes)));
    }

    /** A new market: its QR code, then its lists. */
    private void showMarket() {
        waiting.deselectAll();
        jobs.deselectAll();
        Carrier chosen = market.getValue();
        if (chosen == null) {
            return;
        }
        checkInCode.reset();
        screen.setHref(CheckInScreenView.path(chosen.id()));
        refresh();
    }

    /** Fetches the lists and the KPI again, keeping what the user had chosen if it is still there. */
    private void refresh() {
        Carrier chosen = market.getValue();
        if (chosen == null) {
            return;
        }
        checkInCode.show(desk, chosen.id());
        try {
            List<WaitingWorker> workers = desk.waiting(chosen.id());
            List<Hit> open = desk.jobs(chosen.id());
            reselect(waiting, workers, WaitingWorker::workerId);
            reselect(jobs, open, Hit::jobId);
            waitingTitle.setText(getTranslation("dispatch.waiting.title", workers.size()));
            jobsTitle.setText(getTranslation("dispatch.jobs.title", open.size()));
            showKpi();
            updated.setText(getTranslation("dispatch.updated", CLOCK.format(ZonedDateTime.now(JobTexts.CHINA))));
        } catch (ApiProblem problem) {
            updated.setText(getTranslation("dispatch.stale", problem.getMessage()));
        }
        showChoice();
    }

    private static <T> void reselect(Grid<T> grid, List<T> items, Function<T, UUID> id) {
        UUID before = Optional.ofNullable(grid.asSingleSelect().getValue()).map(id).orElse(null);
        grid.setItems(items);
        items.stream().filter(item -> Objects.equals(id.apply(item), before)).findFirst()
                .ifPresent(grid.asSingleSelect()::setValue);
    }

    /** Today in China: dispatches, median, 90th percentile and the share within the 60-second target. */
    private void showKpi() {
        Instant now = Instant.now();
        Instant midnight = now.atZone(JobTexts.CHINA).toLocalDate().atStartOfDay(JobTexts.CHINA).toInstant();
        DeskApi.Kpi today = desk.kpi(midnight, now.plusSeconds(1));
        kpi.removeAll();
        Span title = new Span(getTranslation("dispatch.kpi.title"));
        title.addClassNames(FontWeight.SEMIBOLD);
        kpi.add(title);
        if (today.dispatches() == 0) {
            kpi.add(new Span(getTranslation("dispatch.kpi.none")));
            return;
        }
        kpi.add(new Span(getTranslation("dispatch.kpi.count", today.dispatches())),
                new Span(getTranslation("dispatch.kpi.median", Math.round(today.medianSeconds()))),
                new Span(getTranslation("dispatch.kpi.p90", Math.round(today.p90Seconds()))),
                new Span(getTranslation("dispatch.kpi.within", Math.round(today.shareWithin60Seconds() * 100))));
    }

    private void showChoice() {
        WaitingWorker worker = waiting.asSingleSelect().getValue();
        Hit job = jobs.asSingleSelect().getValue();
        dispatch.setEnabled(worker != null && job != null);
        choice.setText(worker != null && job != null ? getTranslation("dispatch.choice", worker.name(), job.title())
                : getTranslation("dispatch.choose"));
    }

    private void dispatch() {
        WaitingWorker worker = waiting.asSingleSelect().getValue();
        Hit job = jobs.asSingleSelect().getValue();
        if (worker == null || job == null) {
            return;
        }
        try {
            desk.dispatch(job.jobId(), worker.workerId());
            Notification.show(getTranslation("dispatch.done", worker.name(), job.title()), 5000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
            waiting.deselectAll();
        } catch (ApiProblem problem) {
            ProblemNotice.show(problem);
        }
        refresh();
    }

    /** A worker without a phone at hand: found by ID number (the API masks the answer), checked in by staff. */
    private void checkIn() {
        idNumberErrors.clear();
        try {
            DeskApi.Worker worker = desk.lookUp(idNumber.getValue().strip());
            desk.checkIn(market.getValue().id(), worker.id());
            idNumber.clear();
            Notification.show(getTranslation("dispatch.check-in.done", worker.realName()), 4000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
            refresh();
        } catch (ApiProblem problem) {
            if (problem.is("worker-not-found")) {
                // Nobody has this card here yet: register them at the desk, then check them in.
                walkIn(idNumber.getValue().strip());
            } else if (!idNumberErrors.show(problem)) {
                ProblemNotice.show(problem);
            }
        }
    }

    /** Registers a walk-in and, once verified in person, checks them in at the chosen market. */
    private void walkIn(String knownIdNumber) {
        new WalkInDialog(desk, knownIdNumber, registered -> {
            DeskApi.Registered.Person worker = registered.worker();
            if (!"VERIFIED".equals(worker.status())) {
                Notification.show(getTranslation("walk-in.not-verified", worker.realName(),
                        getTranslation("walk-in.reason." + worker.statusReason())), 8000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.WARNING);
                return;
            }
            try {
                desk.checkIn(market.getValue().id(), worker.id());
                idNumber.clear();
                Notification.show(getTranslation(registered.accountCreated() ? "walk-in.done.new" : "walk-in.done",
                        worker.realName()), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.SUCCESS);
            } catch (ApiProblem problem) {
                ProblemNotice.show(problem);
            }
            refresh();
        }).open();
    }

    private static <T> T orNothing(Supplier<T> read, T nothing) {
        try {
            return read.get();
        } catch (ApiProblem problem) {
            ProblemNotice.show(problem);
            return nothing;
        }
    }
}
