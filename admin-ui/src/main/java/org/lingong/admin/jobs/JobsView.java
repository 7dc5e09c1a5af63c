package org.lingong.admin.jobs;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.lingong.admin.AnyChoice;
import org.lingong.admin.MainLayout;
import org.lingong.admin.PageHeader;
import org.lingong.admin.api.ApiPage;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.PagedGrid;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.security.SignedInUser;
import org.lingong.common.tenant.Roles;
import org.lingong.common.i18n.China;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * The city's jobs, newest first, paged from the API and filtered by status and text (the API matches title, source,
 * address and employer name; the grid asks again a moment after typing stops). City administrators take a job down with
 * a reason, which the API requires and records.
 */
@Route(value = "city/jobs", layout = MainLayout.class)
@RolesAllowed({Roles.CITY_ADMIN, Roles.STATION_STAFF})
public class JobsView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    static final List<String> STATUSES = List.of("OPEN", "HELD", "DRAFT", "FILLED", "CLOSED", "EXPIRED", "TAKEN_DOWN");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(China.ZONE);

    record Wage(long amountFen, String unit) {
    }

    record Source(String channel, String name) {
    }

    record Job(UUID id, String title, String category, Wage wage, int slots, int filled, String address,
               Source source, String poster, String status, String statusReason, Instant createdAt) {
    }

    record JobPage(List<Job> items, long total) implements ApiPage<Job> {
    }

    private final transient PlatformApi api;
    private final String tenant;
    private final boolean moderates;
    private final Grid<Job> grid = new Grid<>();
    private final Select<String> status = new Select<>();
    private final TextField search = new TextField();

    public JobsView(PlatformApi api, AuthenticationContext authentication) {
        this.api = api;
        SignedInUser user = SignedInUser.current(authentication);
        this.tenant = user.tenant().orElseThrow();
        this.moderates = user.roles().contains(Roles.CITY_ADMIN);
        grid.setId("jobs");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setPageSize(50);
        status.setId("job-status");
        status.setItems(STATUSES);
        status.setEmptySelectionAllowed(true);
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        search.setId("job-search");
        search.setClearButtonVisible(true);
        search.setMaxLength(50);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        PagedGrid.feed(grid, this::page);
    }

    @Override
    public String getPageTitle() {
        return Brand.title(getTranslation("jobs.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getPage().setTitle(getPageTitle());
        removeAll();
        status.setLabel(getTranslation("jobs.status"));
        search.setLabel(getTranslation("jobs.search"));
        search.setPlaceholder(getTranslation("jobs.search.placeholder"));
        search.setWidth("20rem");
        AnyChoice.offer(status, getTranslation("jobs.status.any"), value -> getTranslation("job.status." + value));
        NumberFormat money = NumberFormat.getNumberInstance(getLocale());
        money.setMinimumFractionDigits(2);
        grid.removeAllColumns();
        grid.addColumn(Job::title).setHeader(getTranslation("jobs.column.title")).setFlexGrow(3);
        grid.addColumn(Job::category).setHeader(getTranslation("jobs.column.category")).setAutoWidth(true);
        grid.addColumn(job -> getTranslation("jobs.wage", money.format(job.wage().amountFen() / 100.0),
                        getTranslation("wage.unit." + job.wage().unit())))
                .setHeader(getTranslation("jobs.column.wage")).setAutoWidth(true);
        grid.addColumn(job -> job.filled() + " / " + job.slots()).setHeader(getTranslation("jobs.column.slots"))
                .setAutoWidth(true);
        grid.addColumn(job -> getTranslation("source." + job.source().channel()))
                .setHeader(getTranslation("jobs.column.source")).setAutoWidth(true);
        grid.addColumn(job -> getTranslation("jobs.poster." + job.poster()))
                .setHeader(getTranslation("jobs.column.poster")).setAutoWidth(true);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("jobs.column.status")).setAutoWidth(true);
        grid.addColumn(job -> DATE_TIME.format(job.createdAt())).setHeader(getTranslation("jobs.column.created"))
                .setAutoWidth(true);
        if (moderates) {
            grid.addComponentColumn(this::takeDownButton).setAutoWidth(true);
        }
        HorizontalLayout filters = new HorizontalLayout(search, status);
        filters.setAlignItems(Alignment.BASELINE);
        add(PageHeader.of(getTranslation("jobs.title"), filters), grid);
        setSizeFull();
        grid.getDataProvider().refreshAll();
    }

    private JobPage page(int page, int size) {
        // Empty parameters mean "any": the API ignores an empty text, and an empty status is left out.
        return status.isEmpty()
                ? api.get(JobPage.class, "/t/{tenant}/api/v1/jobs?q={q}&page={page}&size={size}", tenant,
                        search.getValue(), page, size)
                : api.get(JobPage.class, "/t/{tenant}/api/v1/jobs?status={status}&q={q}&page={page}&size={size}",
                        tenant, status.getValue(), search.getValue(), page, size);
    }

    private Component statusBadge(Job job) {
        Badge badge = new Badge(getTranslation("job.status." + job.status()));
        if (job.statusReason() != null) {
            badge.getElement().setAttribute("title", job.statusReason());
        }
        return badge;
    }

    private Component takeDownButton(Job job) {
        if (!List.of("OPEN", "FILLED", "DRAFT", "HELD").contains(job.status())) {
            return new Span();
        }
        Button button = new Button(getTranslation("jobs.take-down"), VaadinIcon.BAN.create(), click -> takeDown(job));
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
        button.addClassName("take-down");
        return button;
    }

    private void takeDown(Job job) {
        Dialog dialog = new Dialog(getTranslation("jobs.take-down.title", job.title()));
        TextArea reason = new TextArea(getTranslation("jobs.take-down.reason"));
        reason.setId("take-down-reason");
        reason.setWidth("28rem");
        reason.setRequiredIndicatorVisible(true);
        reason.setManualValidation(true);
        Button confirm = new Button(getTranslation("jobs.take-down"), click -> {
            try {
                api.post(Job.class, new TakeDown(reason.getValue().strip()), "/t/{tenant}/api/v1/jobs/{id}/take-down",
                        tenant, job.id());
                dialog.close();
                Notification.show(getTranslation("jobs.take-down.done", job.title()), 4000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
                grid.getDataProvider().refreshAll();
            } catch (ApiProblem problem) {
                // The API answers a missing reason with a problem of its own rather than a field error.
                reason.setErrorMessage(problem.getMessage());
                reason.setInvalid(true);
            }
        });
        confirm.setId("confirm-take-down");
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        Button cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        dialog.add(reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    record TakeDown(String reason) {
    }
}
