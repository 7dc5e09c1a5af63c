package org.lingong.admin.branding;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.lingong.admin.api.TenantProfile.Branding;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Style;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinSession;

/**
 * The brand the console wears in this session: the signed-in bureau's, or the platform's for everyone else. Colours
 * become Lumo's primary colour properties on the page, so every component and chart takes them up.
 */
public final class Brand {

    private static final String SESSION_KEY = Brand.class.getName();
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    /** The platform's blue, for a city without a colour of its own. */
    private static final String PLATFORM_COLOUR = "#1676F3";

    private Brand() {
    }

    /** Remembers the city's branding for the session and paints the page with it. */
    public static void wear(UI ui, Branding branding) {
        ui.getSession().setAttribute(SESSION_KEY, branding);
        Style page = ui.getElement().getStyle();
        colour(branding.primaryColor()).ifPresentOrElse(primary -> {
            page.set("--lumo-primary-color", primary);
            page.set("--lumo-primary-text-color", primary);
            page.set("--lumo-primary-color-50pct", translucent(primary, 0.5));
            page.set("--lumo-primary-color-10pct", translucent(primary, 0.1));
        }, () -> {
            page.remove("--lumo-primary-color");
            page.remove("--lumo-primary-text-color");
            page.remove("--lumo-primary-color-50pct");
            page.remove("--lumo-primary-color-10pct");
        });
    }

    public static Branding current() {
        VaadinSession session = VaadinSession.getCurrent();
        Object branding = session == null ? null : session.getAttribute(SESSION_KEY);
        return branding instanceof Branding known ? known : Branding.NONE;
    }

    /**
     * The city's primary colour as a hex colour for styles and maps, else the platform's: only a checked colour ever
     * reaches a style.
     */
    public static String primaryColour() {
        return colour(current().primaryColor()).orElse(PLATFORM_COLOUR);
    }

    /** The brand name: the city's own, else the platform's in the UI language. */
    public static String name() {
        String own = current().brandName();
        return own == null || own.isBlank() ? I18NProvider.translate("app.brand") : own;
    }

    /** A page title ending in the brand, e.g. {@code 岗位 | 零工归宿}. */
    public static String title(String page) {
        return page + " | " + name();
    }

    static Optional<String> colour(String value) {
        return Optional.ofNullable(value).filter(v -> COLOUR.matcher(v).matches()).map(v -> v.toUpperCase(Locale.ROOT));
    }

    /** {@code #C8102E} at 50 % becomes {@code rgba(200, 16, 46, 0.5)}. */
    static String translucent(String colour, double alpha) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return String.format(Locale.ROOT, "rgba(%d, %d, %d, %s)", rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF, alpha);
    }
}
