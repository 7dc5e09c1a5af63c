package org.lingong.admin.prioritygroups;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lingong.admin.MainLayout;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.i18n.UiLocales;
import org.lingong.admin.security.SignedInUser;
import org.lingong.common.tenant.Roles;
import org.lingong.common.i18n.China;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

import jakarta.annotation.security.RolesAllowed;

/**
 * 重点群体认定: staff look a worker up by the ID number on the card in hand (it goes in the request body, never a URL,
 * and the worker comes back masked), see the worker's certificates, certify a group against the document seen until a
 * date (again to renew), and revoke one with a reason.
 */
@Route(value = "city/priority-groups", layout = MainLayout.class)
@RolesAllowed({Roles.CITY_ADMIN, Roles.STATION_STAFF})
public class PriorityGroupsView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    record Worker(UUID id, String realName, List<String> priorityGroups) {
    }

    record Certificate(UUID id, String priorityGroup, String evidence, Instant certifiedAt, LocalDate validUntil,
                       String status, Instant revokedAt, String revokeReason) {
    }

    record Label(String code, String zh, String en) {
    }

    private record Lookup(String idNumber) {
    }

    private record Certification(String evidence, LocalDate validUntil) {
    }

    private record Revocation(String reason) {
    }

    static final List<String> EVIDENCE = List.of("UNEMPLOYMENT_REGISTRATION", "DISABILITY_CERTIFICATE",
            "VETERAN_CERTIFICATE", "LOW_INCOME_CERTIFICATE", "IDENTITY_DOCUMENT", "WORK_RECORD", "OTHER");
    /** The reason the API gives a certificate a renewal replaced. */
    private static final String RENEWED = "RENEWED";
    private static final ZoneId CHINA = China.ZONE;

    private final transient PlatformApi api;
    private final String tenant;
    private final List<Label> groups;
    private final Map<String, Label> labels;

    private final PasswordField idNumber = new PasswordField();
    private final Div found = new Div();
    private Worker worker;

    public PriorityGroupsView(PlatformApi api, AuthenticationContext authentication) {
        this.api = api;
        this.tenant = SignedInUser.current(authentication).tenant().orElseThrow();
        this.groups = List.of(api.get(Label[].class, "/t/{tenant}/api/v1/worker-priority-groups", tenant));
        this.labels = groups.stream().collect(Collectors.toMap(Label::code, Function.identity()));
        idNumber.setId("pg-id-number");
        idNumber.setRevealButtonVisible(true);
        idNumber.setMaxLength(18);
        found.setId("pg-worker");
        found.setMaxWidth("48rem");
    }

    @Override
    public String getPageTitle() {
        return Brand.title(getTranslation("priority-groups.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getPage().setTitle(getPageTitle());
        removeAll();
        idNumber.setLabel(getTranslation("priority-groups.id-number"));
        Button lookUp = new Button(getTranslation("priority-groups.look-up"), click -> lookUp());
        lookUp.setId("pg-look-up");
        lookUp.addClickShortcut(Key.ENTER);
        HorizontalLayout search = new HorizontalLayout(idNumber, lookUp);
        search.setAlignItems(Alignment.BASELINE);
        Paragraph help = new Paragraph(getTranslation("priority-groups.help"));
        help.addClassNames(TextColor.SECONDARY);
        help.setMaxWidth("48rem");
        add(new H2(getTranslation("priority-groups.title")), help, search, found);
        if (worker != null) {
            show();
        }
    }

    private void lookUp() {
        found.removeAll();
        worker = null;
        try {
            worker = api.post(Worker.class, new Lookup(idNumber.getValue().strip()), "/t/{tenant}/api/v1/workers/lookup",
                    tenant);
        } catch (ApiProblem problem) {
            found.add(ProblemNotice.inPlace(problem));
            return;
        }
        show();
    }

    /** The worker, masked, with the groups declared and the certificates, and the form to certify. */
    private void show() {
        found.removeAll();
        List<Certificate> certificates;
        try {
            certificates = List.of(api.get(Certificate[].class, "/t/{tenant}/api/v1/workers/{id}/priority-groups",
                    tenant, worker.id()));
        } catch (ApiProblem problem) {
            found.add(ProblemNotice.inPlace(problem));
            return;
        }
        H3 name = new H3(worker.realName());
        name.setId("pg-worker-name");
        Paragraph declared = new Paragraph(getTranslation("priority-groups.declared", worker.priorityGroups() == null
                || worker.priorityGroups().isEmpty() ? getTranslation("priority-groups.none")
                : worker.priorityGroups().stream().map(this::group).collect(Collectors.joining("、"))));
        declared.addClassNames(FontSize.SMALL, TextColor.SECONDARY, Margin.NONE);
        Div list = new Div();
        list.setId("pg-certificates");
        if (certificates.isEmpty()) {
            list.add(new Paragraph(getTranslation("priority-groups.no-certificates")));
        }
        certificates.forEach(certificate -> list.add(row(certificate)));
        found.add(name, declared, list, certifyForm());
    }

    private Div row(Certificate certificate) {
        String status = getTranslation("priority-groups.status." + certificate.status());
        Span text = new Span(getTranslation("priority-groups.certificate", group(certificate.priorityGroup()),
                getTranslation("priority-groups.evidence." + certificate.evidence()), certificate.validUntil(),
                status));
        Div row = new Div(text);
        row.addClassName("pg-certificate");
        row.getElement().setAttribute("data-group", certificate.priorityGroup());
        row.getElement().setAttribute("data-status", certificate.status());
        if (certificate.revokeReason() != null) {
            Span reason = new Span(RENEWED.equals(certificate.revokeReason()) ? getTranslation("priority-groups.renewed")
                    : getTranslation("priority-groups.revoked-because", certificate.revokeReason()));
            reason.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
            reason.getStyle().set("margin-left", "var(--lumo-space-s)");
            row.add(reason);
        }
        if (!"REVOKED".equals(certificate.status())) {
            Button revoke = new Button(getTranslation("priority-groups.revoke"), click -> revoke(certificate));
            revoke.addClassName("pg-revoke");
            revoke.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            row.add(revoke);
        }
        return row;
    }

    private FormLayout certifyForm() {
        Select<String> group = new Select<>();
        group.setId("pg-group");
        group.setLabel(getTranslation("priority-groups.group"));
        group.setItems(groups.stream().map(Label::code).toList());
        group.setItemLabelGenerator(this::group);
        Select<String> evidence = new Select<>();
        evidence.setId("pg-evidence");
        evidence.setLabel(getTranslation("priority-groups.evidence"));
        evidence.setItems(EVIDENCE);
        evidence.setItemLabelGenerator(code -> getTranslation("priority-groups.evidence." + code));
        DatePicker validUntil = new DatePicker(getTranslation("priority-groups.valid-until"));
        validUntil.setId("pg-valid-until");
        validUntil.setValue(LocalDate.now(CHINA).plusYears(1));
        FieldErrors errors = new FieldErrors().bind("evidence", evidence).bind("validUntil", validUntil);
        Button certify = new Button(getTranslation("priority-groups.certify"), click -> {
            errors.clear();
            if (group.getValue() == null) {
                group.setInvalid(true);
                group.setErrorMessage(getTranslation("priority-groups.group.required"));
                return;
            }
            try {
                api.put(Certificate.class, new Certification(evidence.getValue(), validUntil.getValue()),
                        "/t/{tenant}/api/v1/workers/{id}/priority-groups/{group}", tenant, worker.id(),
                        group.getValue());
            } catch (ApiProblem problem) {
                if (!errors.show(problem)) {
                    validUntil.setInvalid(problem.is("priority-certificate-validity"));
                    validUntil.setErrorMessage(problem.getMessage());
                    if (!validUntil.isInvalid()) {
                        ProblemNotice.show(problem);
                    }
                }
                return;
            }
            done(getTranslation("priority-groups.certified", group(group.getValue())));
        });
        certify.setId("pg-certify");
        certify.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(group, evidence, validUntil, certify);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        return form;
    }

    private void revoke(Certificate certificate) {
        Dialog dialog = new Dialog(getTranslation("priority-groups.revoke.title", group(certificate.priorityGroup())));
        TextField reason = new TextField(getTranslation("priority-groups.revoke.reason"));
        reason.setId("pg-revoke-reason");
        reason.setMaxLength(200);
        reason.setWidthFull();
        FieldErrors errors = new FieldErrors().bind("reason", reason);
        Button send = new Button(getTranslation("priority-groups.revoke"), click -> {
            errors.clear();
            try {
                api.post(Certificate.class, new Revocation(reason.getValue()),
                        "/t/{tenant}/api/v1/workers/{id}/priority-groups/{group}/revoke", tenant, worker.id(),
                        certificate.priorityGroup());
            } catch (ApiProblem problem) {
                if (!errors.show(problem)) {
                    ProblemNotice.show(problem);
                }
                return;
            }
            dialog.close();
            done(getTranslation("priority-groups.revoked", group(certificate.priorityGroup())));
        });
        send.setId("pg-revoke-send");
        send.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        Button keep = new Button(getTranslation("action.cancel"), click -> dialog.close());
        dialog.add(reason);
        dialog.getFooter().add(keep, send);
        dialog.setWidth("28rem");
        dialog.open();
    }

    private void done(String message) {
        Notification.show(message, 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
        show();
    }

    /** A group's label in the UI language. */
    private String group(String code) {
        Label label = labels.get(code);
        if (label == null) {
            return code;
        }
        return UiLocales.CHINESE.getLanguage().equals(getLocale().getLanguage()) ? label.zh() : label.en();
    }
}
