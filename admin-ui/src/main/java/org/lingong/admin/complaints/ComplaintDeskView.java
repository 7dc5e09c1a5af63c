package org.lingong.admin.complaints;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.lingong.admin.MainLayout;
import org.lingong.admin.PageHeader;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.jobs.EmployerPicker;
import org.lingong.admin.security.SignedInUser;
import org.lingong.common.i18n.China;
import org.lingong.common.tenant.Roles;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

import jakarta.annotation.security.RolesAllowed;

/**
 * 投诉受理台: the city's complaints, most urgent first — each deadline coloured by how close it is (the API says which:
 * overdue, due soon, on time) — and the next step taken in a dialog that shows the complaint and every step so far.
 * Complaint texts and notes are people's words: set as text, never as HTML.
 */
@Route(value = "city/complaints", layout = MainLayout.class)
@RolesAllowed({Roles.CITY_ADMIN, Roles.STATION_STAFF})
public class ComplaintDeskView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(China.ZONE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(China.ZONE);

    record Step(String status, String note, Instant at, Instant dueAt) {
    }

    record Complaint(UUID id, long number, String subjectKind, String subjectName, String category, String text,
                     String channel, boolean anonymous, String reporterName, String status, List<String> next,
                     Instant receivedAt, Instant dueAt, String urgency, Instant escalatedAt, List<Step> steps) {
    }

    record Move(String status, String note) {
    }

    record HotlineCall(String subjectKind, UUID subjectId, String subjectName, String category, String text) {
    }

    private final transient PlatformApi api;
    private final String tenant;
    private final Grid<Complaint> grid = new Grid<>();
    private final Checkbox openOnly = new Checkbox();

    public ComplaintDeskView(PlatformApi api, AuthenticationContext authentication) {
        this.api = api;
        this.tenant = SignedInUser.current(authentication).tenant().orElseThrow();
        grid.setId("complaints");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        openOnly.setId("complaints-open-only");
        // Open complaints are the work to do.
        openOnly.setValue(true);
        openOnly.addValueChangeListener(change -> reload());
    }

    @Override
    public String getPageTitle() {
        return Brand.title(getTranslation("complaints.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getPage().setTitle(getPageTitle());
        removeAll();
        openOnly.setLabel(getTranslation("complaints.open-only"));
        grid.removeAllColumns();
        grid.addColumn(complaint -> "#" + complaint.number()).setHeader(getTranslation("complaints.column.number"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::deadline).setHeader(getTranslation("complaints.column.due")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(complaint -> getTranslation("complaints.status." + complaint.status()))
                .setHeader(getTranslation("complaints.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(complaint -> getTranslation("complaints.category." + complaint.category()))
                .setHeader(getTranslation("complaints.column.category")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(complaint -> getTranslation("complaints.subject." + complaint.subjectKind()) + " · "
                + complaint.subjectName()).setHeader(getTranslation("complaints.column.subject")).setFlexGrow(2);
        grid.addColumn(Complaint::text).setHeader(getTranslation("complaints.column.text")).setFlexGrow(3);
        grid.addColumn(complaint -> DATE_TIME.format(complaint.receivedAt()))
                .setHeader(getTranslation("complaints.column.received")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::handleButton).setAutoWidth(true).setFlexGrow(0);
        Paragraph help = new Paragraph(getTranslation("complaints.help"));
        help.addClassNames(TextColor.SECONDARY);
        Button hotline = new Button(getTranslation("complaints.hotline"), VaadinIcon.PHONE.create(),
                click -> recordHotlineCall());
        hotline.setId("complaint-hotline");
        add(PageHeader.of(getTranslation("complaints.title"), openOnly, hotline), help, grid);
        setSizeFull();
        reload();
    }

    private void reload() {
        grid.setItems(List.of(api.get(Complaint[].class, "/t/{tenant}/api/v1/complaints?open={open}", tenant,
                openOnly.getValue())));
    }

    /** The step's deadline, marked by urgency; an escalated complaint says so. */
    private Component deadline(Complaint complaint) {
        // A deadline is midnight after its last working day: people read that day.
        Span due = new Span(complaint.dueAt() == null ? getTranslation("complaints.urgency.DONE")
                : getTranslation("complaints.due", DATE.format(complaint.dueAt().minusSeconds(1)),
                        getTranslation("complaints.urgency." + complaint.urgency())));
        due.addClassNames("complaint-due", "urgency-" + complaint.urgency().toLowerCase());
        switch (complaint.urgency()) {
            case "OVERDUE" -> due.addClassNames(TextColor.ERROR, FontWeight.SEMIBOLD);
            case "DUE_SOON" -> due.addClassNames(TextColor.WARNING, FontWeight.SEMIBOLD);
            case "ON_TIME" -> due.addClassNames(TextColor.SUCCESS);
            default -> due.addClassNames(TextColor.SECONDARY);
        }
        due.getElement().setAttribute("data-urgency", complaint.urgency());
        due.getElement().setAttribute("data-complaint", complaint.id().toString());
        if (complaint.escalatedAt() != null && complaint.dueAt() != null) {
            due.setTitle(getTranslation("complaints.escalated", DATE_TIME.format(complaint.escalatedAt())));
        }
        return due;
    }

    /** 热线来电: staff record a call about an employer of the city or an agency; the caller stays unnamed. */
    private void recordHotlineCall() {
        Dialog dialog = new Dialog(getTranslation("complaints.hotline"));
        dialog.setWidth("36rem");
        Select<String> kind = new Select<>();
        kind.setId("hotline-subject-kind");
        kind.setLabel(getTranslation("complaints.column.subject"));
        kind.setItems("EMPLOYER", "AGENCY");
        kind.setItemLabelGenerator(value -> getTranslation("complaints.subject." + value));
        kind.setValue("EMPLOYER");
        EmployerPicker employer = new EmployerPicker(api, tenant, getTranslation("complaints.subject.EMPLOYER"));
        employer.setId("hotline-employer");
        employer.setWidthFull();
        TextField agency = new TextField(getTranslation("complaints.agency"));
        agency.setId("hotline-agency");
        agency.setMaxLength(100);
        agency.setWidthFull();
        agency.setVisible(false);
        kind.addValueChangeListener(change -> {
            employer.setVisible("EMPLOYER".equals(change.getValue()));
            agency.setVisible("AGENCY".equals(change.getValue()));
        });
        Select<String> category = new Select<>();
        category.setId("hotline-category");
        category.setLabel(getTranslation("complaints.column.category"));
        category.setItems(MyComplaintsView.CATEGORIES);
        category.setItemLabelGenerator(value -> getTranslation("complaints.category." + value));
        TextArea text = new TextArea(getTranslation("complaints.column.text"));
        text.setId("hotline-text");
        text.setMaxLength(1000);
        text.setWidthFull();
        FieldErrors errors = new FieldErrors().bind("subjectName", agency).bind("category", category)
                .bind("text", text);
        Button save = new Button(getTranslation("complaints.hotline.save"), click -> {
            errors.clear();
            boolean aboutEmployer = "EMPLOYER".equals(kind.getValue());
            HotlineCall call = new HotlineCall(kind.getValue(),
                    aboutEmployer && employer.getValue() != null ? employer.getValue().id() : null,
                    aboutEmployer ? null : agency.getValue().strip(), category.getValue(), text.getValue());
            try {
                Complaint filed = api.post(Complaint.class, call, "/t/{tenant}/api/v1/complaints", tenant);
                dialog.close();
                Notification.show(getTranslation("complaints.hotline.saved", filed.number()), 4000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
                reload();
            } catch (ApiProblem problem) {
                if (!errors.show(problem)) {
                    ProblemNotice.show(problem);
                }
            }
        });
        save.setId("hotline-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new Div(kind, employer, agency, category, text));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private Component handleButton(Complaint complaint) {
        Button button = new Button(getTranslation(complaint.next().isEmpty() ? "complaints.view" : "complaints.handle"),
                VaadinIcon.EDIT.create(), click -> handle(complaint.id()));
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.setId("handle-" + complaint.id());
        return button;
    }

    private void handle(UUID id) {
        Complaint complaint = api.get(Complaint.class, "/t/{tenant}/api/v1/complaints/{id}", tenant, id);
        Dialog dialog = new Dialog(getTranslation("complaints.dialog.title", complaint.number(),
                getTranslation("complaints.category." + complaint.category())));
        dialog.setWidth("40rem");
        Paragraph subject = new Paragraph(getTranslation("complaints.subject." + complaint.subjectKind()) + " · "
                + complaint.subjectName());
        Paragraph text = new Paragraph(complaint.text());
        text.setId("complaint-text");
        Paragraph reporter = new Paragraph(getTranslation("complaints.reporter." + complaint.channel(),
                complaint.anonymous() || complaint.reporterName() == null ? getTranslation("complaints.anonymous")
                        : complaint.reporterName()));
        reporter.addClassNames(TextColor.SECONDARY);
        OrderedList steps = new OrderedList();
        steps.setId("complaint-steps");
        for (Step step : complaint.steps()) {
            ListItem item = new ListItem(DATE_TIME.format(step.at()) + " " + getTranslation("complaints.status."
                    + step.status()) + (step.note() == null ? "" : "：" + step.note()));
            item.getElement().setAttribute("data-status", step.status());
            steps.add(item);
        }
        dialog.add(subject, text, reporter, steps);
        if (!complaint.next().isEmpty()) {
            dialog.add(nextStep(complaint, dialog));
        }
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()));
        dialog.open();
    }

    private Div nextStep(Complaint complaint, Dialog dialog) {
        Select<String> status = new Select<>();
        status.setId("complaint-next");
        status.setLabel(getTranslation("complaints.next"));
        status.setItems(complaint.next());
        status.setItemLabelGenerator(value -> getTranslation("complaints.status." + value));
        status.setValue(complaint.next().getFirst());
        TextArea note = new TextArea(getTranslation("complaints.note"));
        note.setId("complaint-note");
        note.setWidthFull();
        note.setMaxLength(1000);
        note.setHelperText(getTranslation("complaints.note.help"));
        FieldErrors errors = new FieldErrors().bind("note", note);
        Button confirm = new Button(getTranslation("complaints.confirm"), click -> {
            errors.clear();
            try {
                Complaint moved = api.post(Complaint.class, new Move(status.getValue(), note.getValue().strip()),
                        "/t/{tenant}/api/v1/complaints/{id}/steps", tenant, complaint.id());
                dialog.close();
                Notification.show(getTranslation("complaints.moved", moved.number(),
                        getTranslation("complaints.status." + moved.status())), 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.SUCCESS);
                reload();
            } catch (ApiProblem problem) {
                if (!errors.show(problem)) {
                    ProblemNotice.show(problem);
                }
            }
        });
        confirm.setId("confirm-complaint-step");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        return new Div(status, note, confirm);
    }
}
