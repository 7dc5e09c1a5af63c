package org.lingong.admin.arrears;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.lingong.admin.AnyChoice;
import org.lingong.admin.MainLayout;
import org.lingong.admin.PageHeader;
import org.lingong.admin.api.ApiPage;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.PagedGrid;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.lingong.admin.disputes.DisputesView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;

/**
 * 欠薪处置: the city's wage-arrears reports — filed when a worker disputes a payment or reports an order left unpaid —
 * newest first, open ones by default. Staff resolve a report with a note, which the API requires and keeps.
 */
@Route(value = "city/wage-arrears", layout = MainLayout.class)
@RolesAllowed({Roles.CITY_ADMIN, Roles.STATION_STAFF})
public class WageArrearsView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    static final List<String> STATUSES = List.of("OPEN", "RESOLVED");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(China.ZONE);

    record Report(UUID id, UUID orderId, long amountOwedFen, String reason, String status, Instant reportedAt,
                  Instant resolvedAt, String resolutionNote, UUID resolvedByPayment) {

        boolean open() {
            return "OPEN".equals(status);
        }
    }

    record ReportPage(List<Report> items, long total) implements ApiPage<Report> {
    }

    record Resolution(String note) {
    }

    private final transient PlatformApi api;
    private final String tenant;
    private final Grid<Report> grid = new Grid<>();
    private final Select<String> status = new Select<>();

    public WageArrearsView(PlatformApi api, AuthenticationContext authentication) {
        this.api = api;
        this.tenant = SignedInUser.current(authentication).tenant().orElseThrow();
        grid.setId("wage-arrears");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        status.setId("arrears-status");
        status.setItems(STATUSES);
        status.setEmptySelectionAllowed(true);
        // Open reports are the work to do.
        status.setValue("OPEN");
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        PagedGrid.feed(grid, this::page);
    }

    @Override
    public String getPageTitle() {
        return Brand.title(getTranslation("arrears.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getPage().setTitle(getPageTitle());
        removeAll();
        status.setLabel(getTranslation("arrears.status"));
        AnyChoice.offer(status, getTranslation("arrears.status.any"),
                value -> getTranslation("arrears.status." + value));
        grid.removeAllColumns();
        grid.addColumn(report -> DATE_TIME.format(report.reportedAt())).setHeader(getTranslation("arrears.column.reported"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(report -> yuan(report.amountOwedFen(), getLocale()))
                .setHeader(getTranslation("arrears.column.amount")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Report::reason).setHeader(getTranslation("arrears.column.reason")).setFlexGrow(3);
        grid.addColumn(report -> report.orderId().toString().substring(0, 8))
                .setHeader(getTranslation("arrears.column.order")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(report -> new Badge(getTranslation("arrears.status." + report.status())))
                .setHeader(getTranslation("arrears.column.status")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(this::outcome).setHeader(getTranslation("arrears.column.outcome")).setFlexGrow(2);
        grid.addComponentColumn(this::resolveButton).setAutoWidth(true).setFlexGrow(0);
        Paragraph help = new Paragraph(getTranslation("arrears.help"));
        help.addClassNames(TextColor.SECONDARY);
        add(PageHeader.of(getTranslation("arrears.title"), status), help, grid);
        setSizeFull();
        grid.getDataProvider().refreshAll();
    }

    /** Fen as people read money: 1,234.50 元. */
    public static String yuan(long fen, Locale language) {
        NumberFormat format = NumberFormat.getNumberInstance(language);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return I18NProvider.translate("arrears.yuan",
                format.format(BigDecimal.valueOf(fen).movePointLeft(2)));
    }

    private ReportPage page(int page, int size) {
        return status.isEmpty()
                ? api.get(ReportPage.class, "/t/{tenant}/api/v1/wage-arrears?page={page}&size={size}", tenant, page,
                        size)
                : api.get(ReportPage.class, "/t/{tenant}/api/v1/wage-arrears?status={status}&page={page}&size={size}",
                        tenant, status.getValue(), page, size);
    }

    private String outcome(Report report) {
        if (report.open()) {
            return "";
        }
        String when = DATE_TIME.format(report.resolvedAt());
        return report.resolvedByPayment() != null ? getTranslation("arrears.outcome.paid", when)
                : getTranslation("arrears.outcome.note", when, report.resolutionNote());
    }

    private Component resolveButton(Report report) {
        if (!report.open()) {
            return new Span();
        }
        Button button = new Button(getTranslation("arrears.resolve"), VaadinIcon.CHECK_CIRCLE.create(),
                click -> resolve(report));
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.setId("resolve-" + report.id());
        button.addClassName("resolve-arrears");
        // Unpaid wages the employer will not settle go to mediation, with the report as the case's source.
        Button mediate = new Button(getTranslation("arrears.mediate"), VaadinIcon.HANDSHAKE.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(DisputesView.class, QueryParameters.simple(
                        Map.of("order", report.orderId().toString(), "source", "ARREARS")))));
        mediate.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        mediate.setId("mediate-" + report.id());
        return new Div(button, mediate);
    }

    private void resolve(Report report) {
        Dialog dialog = new Dialog(getTranslation("arrears.resolve.title", yuan(report.amountOwedFen(), getLocale())));
        Paragraph reason = new Paragraph(getTranslation("arrears.resolve.reason", report.reason()));
        TextArea note = new TextArea(getTranslation("arrears.resolve.note"));
        note.setId("resolution-note");
        note.setWidth("30rem");
        note.setRequiredIndicatorVisible(true);
        note.setHelperText(getTranslation("arrears.resolve.note.help"));
        FieldErrors errors = new FieldErrors().bind("note", note);
        Button confirm = new Button(getTranslation("arrears.resolve"), click -> {
            errors.clear();
            try {
                api.post(Report.class, new Resolution(note.getValue().strip()),
                        "/t/{tenant}/api/v1/wage-arrears/{id}/resolve", tenant, report.id());
                dialog.close();
                Notification.show(getTranslation("arrears.resolved", yuan(report.amountOwedFen(), getLocale())), 4000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
                grid.getDataProvider().refreshAll();
            } catch (ApiProblem problem) {
                if (!errors.show(problem)) {
                    ProblemNotice.show(problem);
                }
            }
        });
        confirm.setId("confirm-resolve");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(reason, note);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }
}
