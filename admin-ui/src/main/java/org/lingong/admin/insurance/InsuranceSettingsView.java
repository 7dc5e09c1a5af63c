package org.lingong.admin.insurance;

import org.lingong.admin.MainLayout;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.security.SignedInUser;
import org.lingong.common.tenant.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

import jakarta.annotation.security.RolesAllowed;

/**
 * 保险设置: whether a worker must be insured for the whole time of an order before checking in at the job (the API
 * then refuses an uninsured check-in). Station staff see the rule; city administrators change it.
 */
@Route(value = "city/insurance", layout = MainLayout.class)
@RolesAllowed({Roles.CITY_ADMIN, Roles.STATION_STAFF})
public class InsuranceSettingsView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    record Settings(Boolean requireInsuranceForCheckIn) {
    }

    private final transient PlatformApi api;
    private final String tenant;
    private final boolean changes;
    private final RadioButtonGroup<Boolean> required = new RadioButtonGroup<>();
    private final FieldErrors errors = new FieldErrors();

    public InsuranceSettingsView(PlatformApi api, AuthenticationContext authentication) {
        this.api = api;
        SignedInUser user = SignedInUser.current(authentication);
        this.tenant = user.tenant().orElseThrow();
        this.changes = user.roles().contains(Roles.CITY_ADMIN);
        required.setId("require-insurance");
        required.setItems(true, false);
        required.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        required.setReadOnly(!changes);
        errors.bind("requireInsuranceForCheckIn", required);
        try {
            required.setValue(api.get(Settings.class, "/t/{tenant}/api/v1/insurance/settings", tenant)
                    .requireInsuranceForCheckIn());
        } catch (ApiProblem problem) {
            ProblemNotice.show(problem);
        }
    }

    @Override
    public String getPageTitle() {
        return Brand.title(getTranslation("insurance.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getPage().setTitle(getPageTitle());
        removeAll();
        required.setLabel(getTranslation("insurance.check-in"));
        required.setItemLabelGenerator(value -> getTranslation("insurance.check-in." + value));
        Paragraph help = new Paragraph(getTranslation("insurance.help"));
        help.addClassNames(TextColor.SECONDARY);
        help.setMaxWidth("48rem");
        add(new H2(getTranslation("insurance.title")), help, required);
        if (changes) {
            Button save = new Button(getTranslation("action.save"), VaadinIcon.CHECK.create(), click -> save());
            save.setId("save-insurance");
            save.addThemeVariants(ButtonVariant.PRIMARY);
            add(save);
        } else {
            Paragraph readOnly = new Paragraph(getTranslation("insurance.read-only"));
            readOnly.addClassNames(TextColor.SECONDARY);
            add(readOnly);
        }
    }

    private void save() {
        errors.clear();
        try {
            Settings saved = api.put(Settings.class, new Settings(required.getValue()),
                    "/t/{tenant}/api/v1/insurance/settings", tenant);
            required.setValue(saved.requireInsuranceForCheckIn());
            Notification.show(getTranslation("insurance.saved"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (ApiProblem problem) {
            if (!errors.show(problem)) {
                ProblemNotice.show(problem);
            }
        }
    }
}
