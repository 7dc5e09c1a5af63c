package org.lingong.admin.complaints;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.employer.EmployerProfileView;
import org.lingong.admin.orders.OrderApi;
import org.lingong.admin.worker.PhonePage;
import org.lingong.admin.worker.WorkerPages;
import org.lingong.admin.worker.WorkerView;
import org.lingong.common.i18n.China;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility.Background;
import com.vaadin.flow.theme.lumo.LumoUtility.BorderRadius;
import com.vaadin.flow.theme.lumo.LumoUtility.BoxShadow;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

import jakarta.annotation.security.PermitAll;

/**
 * {@code /worker/{city}/complaints} (and the same for an employer, {@code /employer/{city}/complaints}): 投诉举报 on a
 * phone. Opened from an order with {@code ?job=<id>} it reports that job; otherwise it reports an agency by name. Below,
 * the person's own complaints with every step the desk took and what it said. Everything people typed is text.
 */
@Route("worker/:city/complaints")
@RouteAlias("employer/:city/complaints")
@PermitAll
public class MyComplaintsView extends PhonePage {

    static final List<String> CATEGORIES = List.of("WAGE_ARREARS", "FAKE_JOB", "FEES_DEMANDED", "DISCRIMINATION",
            "ID_CARD_WITHHELD", "UNSAFE_WORK", "OTHER");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(China.ZONE);

    record Filing(String subjectKind, UUID subjectId, String subjectName, String category, String text,
                  boolean anonymous) {
    }

    /** The job this page reports, when opened from one. */
    private OrderApi.Job job;
    /** Opened as the employer's page: its header leads back to the employer's workspace. */
    private boolean employer;
    private List<ComplaintDeskView.Complaint> mine = List.of();
    private Div list;

    public MyComplaintsView(PlatformApi api) {
        super(api, "my-complaints.title");
    }

    @Override
    protected void read(BeforeEnterEvent event) {
        job = null;
        employer = event.getLocation().getPath().startsWith("employer/");
        List<String> asked = event.getLocation().getQueryParameters().getParameters().getOrDefault("job", List.of());
        if (!asked.isEmpty()) {
            try {
                job = new OrderApi(api, city).job(UUID.fromString(asked.getFirst()));
            } catch (IllegalArgumentException | ApiProblem gone) {
                // A job no longer listed is reported as an agency would be: by what the person calls it.
                job = null;
            }
        }
        mine = Arrays.asList(api.get(ComplaintDeskView.Complaint[].class, "/t/{city}/api/v1/complaints/mine", city));
    }

    @Override
    protected Component links() {
        if (employer) {
            RouterLink workspace = new RouterLink(getTranslation("posting.back"), EmployerProfileView.class,
                    new RouteParameters("city", city));
            return WorkerPages.links(workspace);
        }
        RouterLink jobs = new RouterLink(getTranslation("worker.profile.jobs"), WorkerView.class,
                new RouteParameters("city", city));
        return WorkerPages.links(jobs, WorkerPages.ordersLink(city));
    }

    @Override
    protected void fill(Div content) {
        content.add(form());
        H3 heading = new H3(getTranslation("my-complaints.mine"));
        heading.addClassNames(FontSize.LARGE, Margin.Bottom.NONE);
        list = new Div();
        list.setId("my-complaints");
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
        content.add(heading, list);
        show();
    }

    private Div form() {
        Span about = new Span(job == null ? getTranslation("my-complaints.about-agency")
                : getTranslation("my-complaints.about-job", job.title()));
        about.setId("complaint-about");
        TextField agency = new TextField(getTranslation("my-complaints.agency"));
        agency.setId("complaint-agency");
        agency.setMaxLength(100);
        agency.setWidthFull();
        agency.setVisible(job == null);
        Select<String> category = new Select<>();
        category.setId("complaint-category");
        category.setLabel(getTranslation("my-complaints.category"));
        category.setItems(CATEGORIES);
        category.setItemLabelGenerator(value -> getTranslation("complaints.category." + value));
        category.setWidthFull();
        TextArea text = new TextArea(getTranslation("my-complaints.text"));
        text.setId("complaint-text-input");
        text.setMaxLength(1000);
        text.setWidthFull();
        text.setHelperText(getTranslation("my-complaints.text.help"));
        Checkbox anonymous = new Checkbox(getTranslation("my-complaints.anonymous"));
        anonymous.setId("complaint-anonymous");
        FieldErrors errors = new FieldErrors().bind("subjectName", agency).bind("category", category)
                .bind("text", text);
        Button send = new Button(getTranslation("my-complaints.send"), click -> {
            errors.clear();
            Filing filing = job == null
                    ? new Filing("AGENCY", null, agency.getValue().strip(), category.getValue(), text.getValue(),
                            anonymous.getValue())
                    : new Filing("JOB", job.id(), null, category.getValue(), text.getValue(), anonymous.getValue());
            try {
                ComplaintDeskView.Complaint filed = api.post(ComplaintDeskView.Complaint.class, filing,
                        "/t/{city}/api/v1/complaints", city);
                Notification.show(getTranslation("my-complaints.sent", filed.number()), 5000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
                text.clear();
                agency.clear();
                mine = Arrays.asList(api.get(ComplaintDeskView.Complaint[].class, "/t/{city}/api/v1/complaints/mine",
                        city));
                show();
            } catch (ApiProblem problem) {
                if (!errors.show(problem)) {
                    ProblemNotice.show(problem);
                }
            }
        });
        send.setId("complaint-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setWidthFull();
        Div form = new Div(about, agency, category, text, anonymous, send);
        form.setId("complaint-form");
        form.addClassNames(Padding.MEDIUM, Background.BASE, BorderRadius.MEDIUM, BoxShadow.XSMALL);
        form.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        return form;
    }

    private void show() {
        list.removeAll();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("my-complaints.none"));
            none.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
            list.add(none);
        }
        for (ComplaintDeskView.Complaint complaint : mine) {
            Span title = new Span(getTranslation("complaints.dialog.title", complaint.number(),
                    getTranslation("complaints.category." + complaint.category())) + " · "
                    + getTranslation("complaints.status." + complaint.status()));
            title.addClassNames(FontWeight.SEMIBOLD);
            Span subject = new Span(getTranslation("complaints.subject." + complaint.subjectKind()) + " · "
                    + complaint.subjectName());
            subject.addClassNames(FontSize.SMALL);
            OrderedList steps = new OrderedList();
            for (ComplaintDeskView.Step step : complaint.steps()) {
                ListItem item = new ListItem(DATE_TIME.format(step.at()) + " "
                        + getTranslation("complaints.status." + step.status())
                        + (step.note() == null ? "" : "：" + step.note()));
                item.addClassName("my-complaint-step");
                steps.add(item);
            }
            steps.addClassNames(FontSize.SMALL, Margin.Vertical.XSMALL);
            Div card = new Div(title, subject, steps);
            card.addClassNames("my-complaint", Padding.MEDIUM, Background.BASE, BorderRadius.MEDIUM, BoxShadow.XSMALL);
            card.getStyle().set("display", "flex").set("flex-direction", "column");
            card.getElement().setAttribute("data-status", complaint.status());
            card.getElement().setAttribute("data-number", String.valueOf(complaint.number()));
            list.add(card);
        }
    }
}
