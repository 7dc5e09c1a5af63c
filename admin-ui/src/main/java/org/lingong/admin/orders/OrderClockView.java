package org.lingong.admin.orders;

import java.util.LinkedHashMap;
import java.util.Map;
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
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

import jakarta.annotation.security.RolesAllowed;

/**
 * 订单时限: how long a grab waits for confirmation, when a worker who has not checked in is a no-show, when unfinished
 * work is completed and unconfirmed pay becomes wage arrears, and the check-in radius. Station staff see them; city
 * administrators change them, and they apply to open orders at once.
 */
@Route(value = "city/order-clock", layout = MainLayout.class)
@RolesAllowed({Roles.CITY_ADMIN, Roles.STATION_STAFF})
public class OrderClockView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    record Limits(Integer confirmWithinMinutes, Integer noShowAfterMinutes, Integer completeAfterHours,
                  Integer paymentWithinDays, Integer checkInRadiusMetres) {
    }

    private static final String PATH = "/t/{tenant}/api/v1/order-clock";

    private final transient PlatformApi api;
    private final String tenant;
    private final boolean changes;
    /** The fields by the API's property names, in the order shown; their bounds are the API's. */
    private final Map<String, IntegerField> fields = new LinkedHashMap<>();
    private final FieldErrors errors = new FieldErrors();

    public OrderClockView(PlatformApi api, AuthenticationContext authentication) {
        this.api = api;
        SignedInUser user = SignedInUser.current(authentication);
        this.tenant = user.tenant().orElseThrow();
        this.changes = user.roles().contains(Roles.CITY_ADMIN);
        field("confirmWithinMinutes", 1, 1440);
        field("noShowAfterMinutes", 5, 720);
        field("completeAfterHours", 1, 168);
        field("paymentWithinDays", 1, 60);
        field("checkInRadiusMetres", 50, 5000);
        try {
            show(api.get(Limits.class, PATH, tenant));
        } catch (ApiProblem problem) {
            ProblemNotice.show(problem);
        }
    }

    private void field(String name, int min, int max) {
        IntegerField field = new IntegerField();
        field.setId("order-clock-" + name);
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setReadOnly(!changes);
        errors.bind(name, field);
        fields.put(name, field);
    }

    private void show(Limits limits) {
        fields.get("confirmWithinMinutes").setValue(limits.confirmWithinMinutes());
        fields.get("noShowAfterMinutes").setValue(limits.noShowAfterMinutes());
        fields.get("completeAfterHours").setValue(limits.completeAfterHours());
        fields.get("paymentWithinDays").setValue(limits.paymentWithinDays());
        fields.get("checkInRadiusMetres").setValue(limits.checkInRadiusMetres());
    }

    @Override
    public String getPageTitle() {
        return Brand.title(getTranslation("order-clock.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getPage().setTitle(getPageTitle());
        removeAll();
        FormLayout form = new FormLayout();
        form.setMaxWidth("48rem");
        fields.forEach((name, field) -> {
            field.setLabel(getTranslation("order-clock." + name));
            field.setHelperText(getTranslation("order-clock." + name + ".help"));
            form.add(field);
        });
        Paragraph help = new Paragraph(getTranslation("order-clock.help"));
        help.addClassNames(TextColor.SECONDARY);
        help.setMaxWidth("48rem");
        add(new H2(getTranslation("order-clock.title")), help, form);
        if (changes) {
            Button save = new Button(getTranslation("action.save"), VaadinIcon.CHECK.create(), click -> save());
            save.setId("save-order-clock");
            save.addThemeVariants(ButtonVariant.PRIMARY);
            add(save);
        } else {
            Paragraph readOnly = new Paragraph(getTranslation("order-clock.read-only"));
            readOnly.addClassNames(TextColor.SECONDARY);
            add(readOnly);
        }
    }

    private void save() {
        errors.clear();
        Limits limits = new Limits(fields.get("confirmWithinMinutes").getValue(),
                fields.get("noShowAfterMinutes").getValue(), fields.get("completeAfterHours").getValue(),
                fields.get("paymentWithinDays").getValue(), fields.get("checkInRadiusMetres").getValue());
        try {
            show(api.put(Limits.class, limits, PATH, tenant));
            Notification.show(getTranslation("order-clock.saved"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (ApiProblem problem) {
            if (!errors.show(problem)) {
                ProblemNotice.show(problem);
            }
        }
    }
}
