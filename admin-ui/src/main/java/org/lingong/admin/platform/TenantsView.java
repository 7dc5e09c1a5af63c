package org.lingong.admin.platform;

import java.util.List;

import org.lingong.admin.MainLayout;
import org.lingong.admin.PageHeader;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.api.TenantProfile;
import org.lingong.common.tenant.Roles;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Every city on the platform with its status; a city is suspended (read-only) or resumed after a confirmation. */
@Route(value = "platform/tenants", layout = MainLayout.class)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class TenantsView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    private final transient PlatformApi api;
    private final Grid<TenantProfile> grid = new Grid<>();

    public TenantsView(PlatformApi api) {
        this.api = api;
        grid.setId("tenants");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setAllRowsVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tenants.title") + " | " + getTranslation("app.brand");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getPage().setTitle(getPageTitle());
        removeAll();
        grid.removeAllColumns();
        grid.addColumn(TenantProfile::code).setHeader(getTranslation("tenants.code")).setAutoWidth(true);
        grid.addColumn(TenantProfile::nameZh).setHeader(getTranslation("tenants.name-zh")).setAutoWidth(true);
        grid.addColumn(TenantProfile::nameEn).setHeader(getTranslation("tenants.name-en")).setAutoWidth(true);
        grid.addColumn(city -> getTranslation("province." + city.provinceCode()))
                .setHeader(getTranslation("tenants.province")).setAutoWidth(true);
        grid.addColumn(city -> city.brandingOrNone().brandName()).setHeader(getTranslation("tenants.brand"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("tenants.status")).setAutoWidth(true);
        grid.addComponentColumn(this::action).setHeader(getTranslation("tenants.actions")).setAutoWidth(true);

        Button onboard = new Button(getTranslation("onboarding.nav"), VaadinIcon.PLUS.create(),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(OnboardingView.class)));
        onboard.addThemeVariants(ButtonVariant.PRIMARY);
        onboard.setId("onboard-city");
        add(PageHeader.of(getTranslation("tenants.title"), onboard), grid);
        refresh();
    }

    private void refresh() {
        try {
            grid.setItems(List.of(api.get(TenantProfile[].class, "/api/v1/platform/tenants")));
        } catch (ApiProblem problem) {
            add(ProblemNotice.inPlace(problem));
        }
    }

    private Badge status(TenantProfile city) {
        Badge badge = new Badge(getTranslation("tenant.status." + city.status()));
        badge.addThemeVariants(switch (city.status()) {
            case ACTIVE -> BadgeVariant.SUCCESS;
            case SUSPENDED -> BadgeVariant.WARNING;
            case OFFBOARDED -> BadgeVariant.ERROR;
            case ONBOARDING -> BadgeVariant.CONTRAST;
        });
        return badge;
    }

    private Component action(TenantProfile city) {
        return switch (city.status()) {
            case ACTIVE -> actionButton(city, "suspend", VaadinIcon.PAUSE, ButtonVariant.ERROR);
            case SUSPENDED -> actionButton(city, "reactivate", VaadinIcon.PLAY, ButtonVariant.SUCCESS);
            case ONBOARDING, OFFBOARDED -> new Span();
        };
    }

    /** {@code move} is {@code suspend} or {@code reactivate}: the API's verb, the texts' key and the button's id. */
    private Button actionButton(TenantProfile city, String move, VaadinIcon icon, ButtonVariant variant) {
        Button button = new Button(getTranslation("tenants." + move), icon.create(), click -> confirm(city, move));
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, variant);
        button.setId(move + "-" + city.code());
        return button;
    }

    private void confirm(TenantProfile city, String move) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("tenants." + move + ".confirm-title", city.nameZh()));
        dialog.setText(getTranslation("tenants." + move + ".confirm-text", city.nameZh()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("tenants." + move));
        dialog.setConfirmButtonTheme(move.equals("suspend") ? "error primary" : "primary");
        dialog.addConfirmListener(confirmed -> {
            try {
                api.post(TenantProfile.class, null, "/api/v1/platform/tenants/{code}/" + move, city.code());
                Notification.show(getTranslation("tenants." + move + ".done", city.nameZh()), 4000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
            } catch (ApiProblem problem) {
                ProblemNotice.show(problem);
            }
            refresh();
        });
        dialog.open();
    }
}
