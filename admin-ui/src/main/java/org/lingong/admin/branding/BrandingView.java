package org.lingong.admin.branding;

import java.util.List;

import org.lingong.admin.MainLayout;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.api.TenantProfile;
import org.lingong.admin.api.TenantProfile.Branding;
import org.lingong.admin.security.Roles;
import org.lingong.admin.security.SignedInUser;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.BorderRadius;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;

import jakarta.annotation.security.RolesAllowed;

/**
 * The bureau's branding — brand name, logo address, primary and accent colours, hotline — with a preview that follows
 * every keystroke. Saving goes through the API (its field errors show at the fields) and the console wears the new
 * brand at once. The API takes the logo as an address (https://…); it stores no uploaded files.
 */
@Route(value = "city/branding", layout = MainLayout.class)
@RolesAllowed(Roles.CITY_ADMIN)
public class BrandingView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    private final transient PlatformApi api;
    private final String tenant;
    private final TextField brandName = new TextField();
    private final TextField logoUrl = new TextField();
    private final TextField primaryColor = new TextField();
    private final TextField accentColor = new TextField();
    private final TextField hotline = new TextField();
    private final FieldErrors errors = new FieldErrors();
    private final Div preview = new Div();

    public BrandingView(PlatformApi api, AuthenticationContext authentication) {
        this.api = api;
        this.tenant = SignedInUser.current(authentication).tenant().orElseThrow();
        errors.bind("brandName", brandName).bind("logoUrl", logoUrl).bind("primaryColor", primaryColor)
                .bind("accentColor", accentColor).bind("hotline", hotline);
        brandName.setId("brand-name");
        logoUrl.setId("logo-url");
        primaryColor.setId("primary-color");
        accentColor.setId("accent-color");
        hotline.setId("hotline");
        preview.setId("branding-preview");
        for (TextField field : List.of(brandName, logoUrl, primaryColor, accentColor, hotline)) {
            field.setValueChangeMode(ValueChangeMode.EAGER);
            field.addValueChangeListener(change -> showPreview());
        }
        try {
            show(api.get(TenantProfile.class, "/t/{tenant}/api/v1/tenant", tenant).brandingOrNone());
        } catch (ApiProblem problem) {
            ProblemNotice.show(problem);
        }
    }

    @Override
    public String getPageTitle() {
        return Brand.title(getTranslation("branding.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getPage().setTitle(getPageTitle());
        removeAll();
        brandName.setLabel(getTranslation("branding.brand-name"));
        logoUrl.setLabel(getTranslation("branding.logo-url"));
        logoUrl.setHelperText(getTranslation("branding.logo-url.help"));
        primaryColor.setLabel(getTranslation("branding.primary-color"));
        accentColor.setLabel(getTranslation("branding.accent-color"));
        hotline.setLabel(getTranslation("branding.hotline"));
        FormLayout form = new FormLayout(brandName, logoUrl, primaryColor, accentColor, hotline);
        form.setAutoResponsive(true);
        form.setExpandFields(true);
        form.setMaxColumns(1);
        Button save = new Button(getTranslation("action.save"), VaadinIcon.CHECK.create(), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-branding");

        VerticalLayout editor = new VerticalLayout(form, save);
        editor.setPadding(false);
        editor.getStyle().set("flex", "1 1 22rem");
        Div previewBox = new Div(new Span(getTranslation("branding.preview")), preview);
        previewBox.getStyle().set("flex", "1 1 22rem");
        Div columns = new Div(editor, previewBox);
        columns.addClassNames(Display.FLEX, FlexWrap.WRAP, Gap.XLARGE);
        columns.setWidthFull();
        add(new H2(getTranslation("branding.title")), columns);
        showPreview();
    }

    private void show(Branding branding) {
        brandName.setValue(orEmpty(branding.brandName()));
        logoUrl.setValue(orEmpty(branding.logoUrl()));
        primaryColor.setValue(orEmpty(branding.primaryColor()));
        accentColor.setValue(orEmpty(branding.accentColor()));
        hotline.setValue(orEmpty(branding.hotline()));
    }

    private Branding entered() {
        return new Branding(blankToNull(brandName), blankToNull(logoUrl), blankToNull(primaryColor),
                blankToNull(accentColor), blankToNull(hotline));
    }

    /** A miniature of the city's pages: its header in the primary colour, an action in the accent colour. */
    private void showPreview() {
        Branding branding = entered();
        preview.removeAll();
        HorizontalLayout header = new HorizontalLayout();
        header.setAlignItems(Alignment.CENTER);
        header.addClassNames(Padding.MEDIUM, BorderRadius.MEDIUM);
        header.getStyle().set("color", "white")
                .set("background", Brand.colour(branding.primaryColor()).orElse("var(--lumo-primary-color)"));
        if (branding.logoUrl() != null) {
            Image logo = new Image(branding.logoUrl(), getTranslation("branding.logo"));
            logo.setHeight("2.5rem");
            header.add(logo);
        }
        Span name = new Span(branding.brandName() == null ? getTranslation("app.brand") : branding.brandName());
        name.setId("preview-brand-name");
        name.addClassNames(FontSize.XLARGE, FontWeight.SEMIBOLD);
        header.add(name);

        Span hotlineText = new Span(branding.hotline() == null ? ""
                : getTranslation("branding.preview.hotline", branding.hotline()));
        hotlineText.setId("preview-hotline");
        Button action = new Button(getTranslation("branding.preview.action"));
        action.getStyle().set("color", "white")
                .set("background", Brand.colour(branding.accentColor()).orElse("var(--lumo-primary-color)"));
        Div body = new Div(hotlineText, action);
        body.addClassNames(Display.FLEX, AlignItems.CENTER, Gap.MEDIUM, Padding.MEDIUM, FlexWrap.WRAP);
        preview.add(header, body);
        preview.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");
        preview.addClassNames(BorderRadius.MEDIUM);
    }

    private void save() {
        errors.clear();
        try {
            TenantProfile saved = api.put(TenantProfile.class, entered(), "/t/{tenant}/api/v1/tenant/branding", tenant);
            getUI().ifPresent(ui -> {
                Brand.wear(ui, saved.brandingOrNone());
                ComponentUtil.fireEvent(ui, new BrandingChanged(ui, saved.brandingOrNone()));
                ui.getPage().setTitle(getPageTitle());
            });
            Notification.show(getTranslation("branding.saved"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (ApiProblem problem) {
            if (!errors.show(problem)) {
                ProblemNotice.show(problem);
            }
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(TextField field) {
        String value = field.getValue().strip();
        return value.isEmpty() ? null : value;
    }
}
