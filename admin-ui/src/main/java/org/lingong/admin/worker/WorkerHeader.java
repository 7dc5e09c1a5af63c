package org.lingong.admin.worker;

import org.lingong.admin.api.TenantProfile;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.i18n.LanguageSelect;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;

/**
 * The city's brand on top of the worker's pages: logo, brand name, the language switch, the city, its hotline to dial
 * and a link to the worker's other page (their profile, or back to the jobs).
 */
class WorkerHeader extends Header {

    /** @param link to the worker's other page, or to sign in (and sign up) for a visitor */
    WorkerHeader(TenantProfile profile, Component link) {
        TenantProfile.Branding branding = profile.brandingOrNone();
        H1 name = new H1(Brand.name());
        name.setId("brand-name");
        name.addClassNames(FontSize.XLARGE, Margin.NONE);
        Div title = new Div();
        if (branding.logoUrl() != null) {
            Image logo = new Image(branding.logoUrl(), getTranslation("branding.logo"));
            logo.setId("brand-logo");
            logo.setHeight("2rem");
            title.add(logo);
        }
        title.add(name);
        title.addClassNames(Display.FLEX, AlignItems.CENTER, Gap.SMALL);

        LanguageSelect language = new LanguageSelect();
        language.setId("language");
        Div top = new Div(title, language);
        top.addClassNames(Display.FLEX, AlignItems.CENTER, Gap.SMALL);
        top.getStyle().set("justify-content", "space-between");

        Span cityName = new Span(getTranslation("worker.subtitle", profile.name(getLocale())));
        Div second = new Div(cityName);
        second.addClassNames(Display.FLEX, FlexWrap.WRAP, AlignItems.CENTER, Gap.MEDIUM, FontSize.SMALL);
        if (branding.hotline() != null) {
            String dial = "tel:" + branding.hotline();
            Anchor hotline = new Anchor(dial, getTranslation("branding.preview.hotline", branding.hotline()));
            hotline.setId("hotline");
            hotline.getStyle().set("color", "inherit");
            second.add(hotline);
        }
        if (link != null) {
            link.getElement().getStyle().set("color", "inherit").set("margin-left", "auto").set("font-weight", "600");
            second.add(link);
        }
        add(top, second);
        addClassNames(Padding.MEDIUM, Display.FLEX, FlexDirection.COLUMN, Gap.XSMALL);
        setWidthFull();
        getStyle().set("box-sizing", "border-box").set("color", "white").set("background", Brand.primaryColour());
    }
}
