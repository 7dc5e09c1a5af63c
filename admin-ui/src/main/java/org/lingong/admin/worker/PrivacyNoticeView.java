package org.lingong.admin.worker;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.util.List;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.TenantProfile;
import org.lingong.admin.branding.Brand;

/**
 * {@code /privacy/{city}}: the city's 个人信息保护政策, the notice a person agrees to when joining by phone or at a desk.
 * Its version is the one Keycloak's phone sign-in records with each consent ({@code privacyNoticeVersion} in the
 * realm's "lingong phone code" configuration); a new text is a new version there and here. Public, in the city's
 * brand, every value set as text.
 */
@Route("privacy/:city")
@AnonymousAllowed
public class PrivacyNoticeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle,
        LocaleChangeObserver {

    /** The notice's version; consents recorded in Keycloak name it. */
    public static final String VERSION = "2026-12";
    private static final List<String> SECTIONS = List.of("collected", "purposes", "sharing", "retention", "rights",
            "contact");

    private final transient PlatformApi api;
    private String city;
    private TenantProfile tenant;
    private ApiProblem refused;

    public PrivacyNoticeView(PlatformApi api) {
        this.api = api;
        WorkerPages.column(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        city = event.getRouteParameters().get("city").orElseThrow();
        refused = null;
        try {
            tenant = WorkerPages.city(api, event.getUI(), city);
        } catch (ApiProblem problem) {
            tenant = null;
            refused = problem;
        }
    }

    @Override
    public String getPageTitle() {
        return Brand.title(getTranslation("privacy.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        RouterLink jobs = new RouterLink(getTranslation("worker.profile.jobs"), WorkerView.class,
                new RouteParameters("city", city));
        Div content = WorkerPages.content(this, tenant, jobs, getTranslation("privacy.title"), refused).orElse(null);
        if (content == null) {
            return;
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        Span version = new Span(getTranslation("privacy.version", VERSION));
        version.setId("privacy-version");
        version.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
        boolean english = getLocale().getLanguage().equals(java.util.Locale.ENGLISH.getLanguage());
        String name = english && tenant.nameEn() != null ? tenant.nameEn() : tenant.nameZh();
        String hotline = tenant.brandingOrNone().hotline();
        content.add(version, new Paragraph(getTranslation("privacy.intro", name)));
        for (String section : SECTIONS) {
            H3 heading = new H3(getTranslation("privacy." + section + ".title"));
            heading.addClassNames(FontSize.LARGE, Margin.Bottom.NONE);
            content.add(heading, new Paragraph(getTranslation("privacy." + section,
                    name, hotline == null || hotline.isBlank() ? "12333" : hotline)));
        }
    }
}
