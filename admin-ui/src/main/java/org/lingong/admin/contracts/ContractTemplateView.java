package org.lingong.admin.contracts;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.lingong.admin.MainLayout;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.security.SignedInUser;
import org.lingong.common.tenant.Roles;
import org.lingong.common.i18n.China;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

import jakarta.annotation.security.RolesAllowed;

/**
 * 合同模板: the city's text of the standard gig service agreement. Saving makes a new version, which the API keeps
 * beside the old ones; contracts already made keep the text they were made from. The API's checks (title and body
 * required, known placeholders only) come back at the fields or as a notice.
 */
@Route(value = "city/contract-template", layout = MainLayout.class)
@RolesAllowed(Roles.CITY_ADMIN)
public class ContractTemplateView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(China.ZONE);

    record Template(int version, String title, String body, Instant createdAt, String createdBy) {
    }

    record TemplateChange(String title, String body) {
    }

    private final transient PlatformApi api;
    private final String tenant;
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final Span version = new Span();
    private final FieldErrors errors = new FieldErrors();
    private Template current;

    public ContractTemplateView(PlatformApi api, AuthenticationContext authentication) {
        this.api = api;
        this.tenant = SignedInUser.current(authentication).tenant().orElseThrow();
        title.setId("template-title");
        body.setId("template-body");
        version.setId("template-version");
        errors.bind("title", title).bind("body", body);
        try {
            current = api.get(Template.class, "/t/{tenant}/api/v1/contract-template", tenant);
            title.setValue(current.title());
            body.setValue(current.body());
        } catch (ApiProblem problem) {
            ProblemNotice.show(problem);
        }
    }

    @Override
    public String getPageTitle() {
        return Brand.title(getTranslation("contract-template.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getPage().setTitle(getPageTitle());
        removeAll();
        title.setLabel(getTranslation("contract-template.document-title"));
        title.setWidthFull();
        body.setLabel(getTranslation("contract-template.body"));
        body.setHelperText(getTranslation("contract-template.placeholders"));
        body.setWidthFull();
        body.getStyle().set("flex", "1").set("min-height", "12rem");
        showVersion();
        Paragraph help = new Paragraph(getTranslation("contract-template.help"));
        help.addClassNames(TextColor.SECONDARY);
        Button save = new Button(getTranslation("contract-template.save"), VaadinIcon.CHECK.create(), click -> save());
        save.setId("save-template");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        version.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("contract-template.title")), version);
        header.setAlignItems(Alignment.BASELINE);
        add(header, help, title, body, save);
        setSizeFull();
    }

    private void showVersion() {
        version.setText(current == null ? "" : getTranslation("contract-template.version", current.version(),
                DATE_TIME.format(current.createdAt())));
    }

    private void save() {
        errors.clear();
        try {
            current = api.put(Template.class, new TemplateChange(title.getValue(), body.getValue()),
                    "/t/{tenant}/api/v1/contract-template", tenant);
            showVersion();
            Notification.show(getTranslation("contract-template.saved", current.version()), 4000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
        } catch (ApiProblem problem) {
            if (!errors.show(problem)) {
                ProblemNotice.show(problem);
            }
        }
    }
}
