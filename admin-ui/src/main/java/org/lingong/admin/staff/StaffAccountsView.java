package org.lingong.admin.staff;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lingong.admin.MainLayout;
import org.lingong.admin.PageHeader;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.security.SignedInUser;
import org.lingong.common.tenant.Roles;
import org.lingong.common.i18n.China;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

import jakarta.annotation.security.RolesAllowed;

/**
 * The city's station-staff logins as the API lists them (names and e-mail addresses masked). A new account is opened
 * from a form the API checks — its errors show at the fields; a temporary password the API generated is shown once, in
 * a dialog, and never again. Disabling and enabling ask for a confirmation first.
 */
@Route(value = "city/staff", layout = MainLayout.class)
@RolesAllowed(Roles.CITY_ADMIN)
public class StaffAccountsView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(China.ZONE);

    record StaffAccount(String id, String username, String name, String email, boolean enabled, Instant createdAt) {
    }

    record StaffAccountList(List<StaffAccount> items) {
    }

    record Created(StaffAccount account, String temporaryPassword) {
    }

    private final transient PlatformApi api;
    private final String tenant;
    private final Grid<StaffAccount> grid = new Grid<>();

    public StaffAccountsView(PlatformApi api, AuthenticationContext authentication) {
        this.api = api;
        this.tenant = SignedInUser.current(authentication).tenant().orElseThrow();
        grid.setId("staff-accounts");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setAllRowsVisible(true);
    }

    @Override
    public String getPageTitle() {
        return Brand.title(getTranslation("staff.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getPage().setTitle(getPageTitle());
        removeAll();
        grid.removeAllColumns();
        grid.addColumn(StaffAccount::username).setHeader(getTranslation("staff.username")).setAutoWidth(true);
        grid.addColumn(StaffAccount::name).setHeader(getTranslation("staff.name")).setAutoWidth(true);
        grid.addColumn(StaffAccount::email).setHeader(getTranslation("staff.email")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("staff.status")).setAutoWidth(true);
        grid.addColumn(account -> account.createdAt() == null ? "" : DATE_TIME.format(account.createdAt()))
                .setHeader(getTranslation("staff.created")).setAutoWidth(true);
        grid.addComponentColumn(this::switchButton).setHeader(getTranslation("staff.actions")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("staff.empty"));

        Button open = new Button(getTranslation("staff.new"), VaadinIcon.PLUS.create(), click -> openForm());
        open.addThemeVariants(ButtonVariant.PRIMARY);
        open.setId("new-staff-account");
        HorizontalLayout header = PageHeader.of(getTranslation("staff.title"), open);
        Paragraph help = new Paragraph(getTranslation("staff.help"));
        help.addClassNames(TextColor.SECONDARY);
        add(header, help, grid);
        refresh();
    }

    private void refresh() {
        try {
            grid.setItems(api.get(StaffAccountList.class, "/t/{tenant}/api/v1/staff-accounts", tenant).items());
            // Auto widths are measured once; a longer user name added later would otherwise be cut off.
            grid.recalculateColumnWidths();
        } catch (ApiProblem problem) {
            grid.setItems(List.of());
            ProblemNotice.show(problem);
        }
    }

    private Badge status(StaffAccount account) {
        Badge badge = new Badge(getTranslation(account.enabled() ? "staff.enabled" : "staff.disabled"));
        badge.addThemeVariants(account.enabled() ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST);
        return badge;
    }

    /** 停用 for an enabled account, 启用 for a disabled one; {@code move} is the API's verb and the texts' key. */
    private Button switchButton(StaffAccount account) {
        String move = account.enabled() ? "disable" : "enable";
        Button button = new Button(getTranslation("staff." + move),
                (account.enabled() ? VaadinIcon.BAN : VaadinIcon.CHECK_CIRCLE).create(), click -> confirm(account, move));
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL,
                account.enabled() ? ButtonVariant.ERROR : ButtonVariant.SUCCESS);
        button.setId(move + "-" + account.username());
        return button;
    }

    private void confirm(StaffAccount account, String move) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("staff." + move + ".confirm-title", account.username()));
        dialog.setText(getTranslation("staff." + move + ".confirm-text", account.username()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("staff." + move));
        dialog.setConfirmButtonTheme(move.equals("disable") ? "error primary" : "primary");
        dialog.addConfirmListener(confirmed -> {
            try {
                api.post(StaffAccount.class, null, "/t/{tenant}/api/v1/staff-accounts/{id}/" + move, tenant,
                        account.id());
                Notification.show(getTranslation("staff." + move + ".done", account.username()), 4000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
            } catch (ApiProblem problem) {
                ProblemNotice.show(problem);
            }
            refresh();
        });
        dialog.open();
    }

    private void openForm() {
        TextField username = new TextField(getTranslation("staff.username"));
        username.setId("staff-username");
        username.setHelperText(getTranslation("staff.username.help"));
        TextField lastName = new TextField(getTranslation("staff.last-name"));
        lastName.setId("staff-last-name");
        TextField firstName = new TextField(getTranslation("staff.first-name"));
        firstName.setId("staff-first-name");
        EmailField email = new EmailField(getTranslation("staff.email"));
        email.setId("staff-email");
        PasswordField password = new PasswordField(getTranslation("staff.password"));
        password.setId("staff-password");
        password.setHelperText(getTranslation("staff.password.help"));
        List.of(username, lastName, firstName, email).forEach(field -> field.setRequiredIndicatorVisible(true));
        FieldErrors errors = new FieldErrors().bind("username", username).bind("lastName", lastName)
                .bind("firstName", firstName).bind("email", email).bind("password", password);

        Dialog dialog = new Dialog(getTranslation("staff.new.title"));
        // User name, e-mail and password across the form; family and given name side by side.
        FormLayout form = new FormLayout(username, email, lastName, firstName, password);
        form.setWidthFull();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24rem", 2));
        form.setColspan(username, 2);
        form.setColspan(email, 2);
        form.setColspan(password, 2);
        dialog.add(form);
        dialog.setWidth("36rem");
        Button create = new Button(getTranslation("staff.create"), click -> {
            errors.clear();
            Map<String, String> request = new LinkedHashMap<>();
            request.put("username", username.getValue().strip());
            request.put("lastName", lastName.getValue().strip());
            request.put("firstName", firstName.getValue().strip());
            request.put("email", email.getValue().strip());
            if (!password.isEmpty()) {
                request.put("password", password.getValue());
            }
            try {
                Created created = api.post(Created.class, request, "/t/{tenant}/api/v1/staff-accounts", tenant);
                dialog.close();
                refresh();
                if (created.temporaryPassword() == null) {
                    Notification.show(getTranslation("staff.created.done", created.account().username()), 4000,
                            Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
                } else {
                    showOnce(created);
                }
            } catch (ApiProblem problem) {
                if (!errors.show(problem)) {
                    ProblemNotice.show(problem);
                }
            }
        });
        create.setId("create-staff-account");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), create);
        dialog.open();
    }

    /** The generated password, this once: the API keeps no copy, and the user must replace it at the first sign-in. */
    private void showOnce(Created created) {
        Dialog dialog = new Dialog(getTranslation("staff.temporary.title", created.account().username()));
        dialog.setCloseOnOutsideClick(false);
        dialog.setCloseOnEsc(false);
        Div password = new Div(created.temporaryPassword());
        password.setId("temporary-password");
        password.addClassNames(FontSize.XXLARGE, FontWeight.SEMIBOLD, Padding.MEDIUM);
        password.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)")
                .set("letter-spacing", "0.1em").set("user-select", "all");
        Paragraph note = new Paragraph(getTranslation("staff.temporary.text", created.account().username()));
        note.addClassNames(TextColor.SECONDARY);
        dialog.add(password, note);
        dialog.setWidth("32rem");
        Button close = new Button(getTranslation("staff.temporary.close"), click -> dialog.close());
        close.setId("temporary-password-close");
        close.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(close);
        dialog.open();
    }
}
