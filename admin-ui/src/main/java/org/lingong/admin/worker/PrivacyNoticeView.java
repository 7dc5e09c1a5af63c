package org.lingong.admin.worker;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.util.List;
import org.lingong.admin.api.PlatformApi;

/**
 * {@code /privacy/{city}}: the city's 个人信息保护政策, the notice a person agrees to when joining by phone or at a desk.
 * Its version is the one Keycloak's phone sign-in records with each consent ({@code privacyNoticeVersion} in the
 * realm's "lingong phone code" configuration); a new text is a new version there and here. Public, in the city's
 * brand, every value set as text.
 */
@Route("privacy/:city")
@AnonymousAllowed
public class PrivacyNoticeView extends PhonePage {

    /** The notice's version; consents recorded in Keycloak name it. */
    public static final String VERSION = "2026-12";
    private static final List<String> SECTIONS = List.of("collected", "purposes", "sharing", "retention", "rights",
            "contact");

    public PrivacyNoticeView(PlatformApi api) {
        super(api, "privacy.title");
    }

    @Override
    protected Component links() {
        return new RouterLink(getTranslation("worker.profile.jobs"), WorkerView.class,
                new RouteParameters("city", city));
    }

    @Override
    protected void fill(Div content) {
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
