package org.lingong.admin.platform;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lingong.admin.MainLayout;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.common.tenant.Roles;
import org.lingong.common.i18n.China;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

import jakarta.annotation.security.RolesAllowed;

/**
 * Opens a city: one form for the onboarding request, checked by the API (its field errors show at the fields), then
 * the run's progress — step, percent and log — polled every second until it succeeds or fails.
 */
@Route(value = "platform/onboard", layout = MainLayout.class)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class OnboardingView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    /** GB/T 2260 province-level codes, in code order. */
    static final List<String> PROVINCES = List.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
            "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63",
            "64", "65", "71", "81", "82");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(China.ZONE);

    record LogLine(Instant at, String message) {
    }

    record Progress(String tenant, String status, String step, int percent, String error, List<LogLine> log) {

        boolean finished() {
            return "SUCCEEDED".equals(status) || "FAILED".equals(status);
        }
    }

    private final transient PlatformApi api;
    private final TextField code = new TextField();
    private final TextField nameZh = new TextField();
    private final TextField nameEn = new TextField();
    private final Select<String> province = new Select<>();
    private final TextField divisionCode = new TextField();
    private final NumberField latitude = new NumberField();
    private final NumberField longitude = new NumberField();
    private final TextField brandName = new TextField();
    private final TextField hotline = new TextField();
    private final TextField adminUsername = new TextField();
    private final EmailField adminEmail = new EmailField();
    private final TextField adminLastName = new TextField();
    private final TextField adminFirstName = new TextField();
    private final PasswordField adminPassword = new PasswordField();
    private final FieldErrors errors = new FieldErrors();
    private final VerticalLayout progressPanel = new VerticalLayout();
    private String watched;
    private Registration polling;

    public OnboardingView(PlatformApi api) {
        this.api = api;
        province.setItems(PROVINCES);
        province.setItemLabelGenerator(value -> getTranslation("province." + value));
        latitude.setStep(0.0001);
        longitude.setStep(0.0001);
        // The API's field paths, so its problem JSON lands on the right field.
        errors.bind("code", code).bind("nameZh", nameZh).bind("nameEn", nameEn).bind("provinceCode", province)
                .bind("divisionCode", divisionCode).bind("center", latitude).bind("center.latitude", latitude)
                .bind("center.longitude", longitude).bind("branding.brandName", brandName)
                .bind("branding.hotline", hotline).bind("admin", adminUsername).bind("admin.username", adminUsername)
                .bind("admin.email", adminEmail).bind("admin.lastName", adminLastName)
                .bind("admin.firstName", adminFirstName).bind("admin.password", adminPassword);
        code.setId("code");
        nameZh.setId("name-zh");
        nameEn.setId("name-en");
        province.setId("province");
        divisionCode.setId("division-code");
        latitude.setId("latitude");
        longitude.setId("longitude");
        brandName.setId("brand-name");
        hotline.setId("hotline");
        adminUsername.setId("admin-username");
        adminEmail.setId("admin-email");
        adminLastName.setId("admin-last-name");
        adminFirstName.setId("admin-first-name");
        adminPassword.setId("admin-password");
        progressPanel.setId("onboarding-progress");
        progressPanel.setPadding(false);
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(code, nameZh, nameEn, province, divisionCode, latitude,
                longitude, adminUsername, adminEmail, adminLastName, adminFirstName, adminPassword)) {
            field.setRequiredIndicatorVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("onboarding.title") + " | " + getTranslation("app.brand");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getPage().setTitle(getPageTitle());
        removeAll();
        label();
        FormLayout city = new FormLayout(code, nameZh, nameEn, province, divisionCode, latitude, longitude, brandName,
                hotline);
        city.setAutoResponsive(true);
        city.setExpandFields(true);
        city.setWidthFull();
        FormLayout admin = new FormLayout(adminUsername, adminEmail, adminLastName, adminFirstName, adminPassword);
        admin.setAutoResponsive(true);
        admin.setExpandFields(true);
        admin.setWidthFull();

        Button submit = new Button(getTranslation("onboarding.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setId("submit-onboarding");
        add(new H2(getTranslation("onboarding.title")), new H3(getTranslation("onboarding.city")), city,
                new H3(getTranslation("onboarding.admin")), admin, submit, progressPanel);
        if (watched != null) {
            refreshProgress();
        }
    }

    private void label() {
        code.setLabel(getTranslation("onboarding.field.code"));
        code.setHelperText(getTranslation("onboarding.field.code.help"));
        nameZh.setLabel(getTranslation("onboarding.field.name-zh"));
        nameEn.setLabel(getTranslation("onboarding.field.name-en"));
        province.setLabel(getTranslation("onboarding.field.province"));
        divisionCode.setLabel(getTranslation("onboarding.field.division-code"));
        divisionCode.setHelperText(getTranslation("onboarding.field.division-code.help"));
        latitude.setLabel(getTranslation("onboarding.field.latitude"));
        longitude.setLabel(getTranslation("onboarding.field.longitude"));
        brandName.setLabel(getTranslation("onboarding.field.brand-name"));
        hotline.setLabel(getTranslation("onboarding.field.hotline"));
        adminUsername.setLabel(getTranslation("onboarding.field.admin-username"));
        adminEmail.setLabel(getTranslation("onboarding.field.admin-email"));
        adminLastName.setLabel(getTranslation("onboarding.field.admin-last-name"));
        adminFirstName.setLabel(getTranslation("onboarding.field.admin-first-name"));
        adminPassword.setLabel(getTranslation("onboarding.field.admin-password"));
    }

    private void submit() {
        errors.clear();
        try {
            Progress started = api.post(Progress.class, request(), "/api/v1/platform/onboardings");
            watched = started.tenant();
            showProgress(started);
        } catch (ApiProblem problem) {
            if (!errors.show(problem)) {
                ProblemNotice.show(problem);
            }
        }
    }

    /** The onboarding request as the API takes it; empty optional parts are left out. */
    private Map<String, Object> request() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("code", code.getValue().strip());
        request.put("nameZh", nameZh.getValue().strip());
        request.put("nameEn", nameEn.getValue().strip());
        request.put("provinceCode", province.getValue());
        request.put("divisionCode", divisionCode.getValue().strip());
        if (latitude.getValue() != null || longitude.getValue() != null) {
            Map<String, Object> center = new LinkedHashMap<>();
            center.put("latitude", latitude.getValue());
            center.put("longitude", longitude.getValue());
            request.put("center", center);
        }
        Map<String, Object> branding = new LinkedHashMap<>();
        if (!brandName.isEmpty()) {
            branding.put("brandName", brandName.getValue().strip());
        }
        if (!hotline.isEmpty()) {
            branding.put("hotline", hotline.getValue().strip());
        }
        if (!branding.isEmpty()) {
            request.put("branding", branding);
        }
        Map<String, Object> admin = new LinkedHashMap<>();
        admin.put("username", adminUsername.getValue().strip());
        admin.put("email", adminEmail.getValue().strip());
        admin.put("lastName", adminLastName.getValue().strip());
        admin.put("firstName", adminFirstName.getValue().strip());
        admin.put("password", adminPassword.getValue());
        admin.put("temporaryPassword", true);
        request.put("admin", admin);
        return request;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        polling = attach.getUI().addPollListener(poll -> {
            if (watched != null) {
                refreshProgress();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        polling.remove();
        detach.getUI().setPollInterval(-1);
    }

    private void refreshProgress() {
        try {
            showProgress(api.get(Progress.class, "/api/v1/platform/onboardings/{code}", watched));
        } catch (ApiProblem problem) {
            ProblemNotice.show(problem);
            watched = null;
        }
    }

    private void showProgress(Progress progress) {
        UI ui = UI.getCurrent();
        ui.setPollInterval(progress.finished() ? -1 : 1000);
        progressPanel.removeAll();
        Card card = new Card();
        card.setWidthFull();
        card.setTitle(getTranslation("onboarding.progress", progress.tenant()));
        Span status = new Span(getTranslation("onboarding.status." + progress.status()));
        status.setId("onboarding-status");
        Span step = new Span(getTranslation("onboarding.step", getTranslation("onboarding.step." + progress.step()),
                progress.percent()));
        step.addClassNames(TextColor.SECONDARY);
        ProgressBar bar = new ProgressBar(0, 100, progress.percent());
        if ("SUCCEEDED".equals(progress.status())) {
            bar.addThemeVariants(ProgressBarVariant.SUCCESS);
        } else if ("FAILED".equals(progress.status())) {
            bar.addThemeVariants(ProgressBarVariant.ERROR);
        }
        OrderedList log = new OrderedList();
        log.addClassNames(FontSize.SMALL);
        progress.log().forEach(line -> log.add(new ListItem(CLOCK.format(line.at()) + "  " + line.message())));
        card.add(status, step, bar, log);
        if (progress.error() != null) {
            Paragraph error = new Paragraph(progress.error());
            error.addClassNames(TextColor.ERROR);
            card.add(error);
        }
        progressPanel.add(card);
    }
}
