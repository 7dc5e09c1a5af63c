package org.lingong.admin;

import java.util.List;

import org.lingong.admin.dashboard.DashboardView;
import org.lingong.admin.i18n.LanguageSelect;
import org.lingong.admin.security.SignedInUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import com.vaadin.flow.theme.lumo.LumoUtility.Whitespace;

import jakarta.annotation.security.PermitAll;

/**
 * The frame around every console view: brand and jurisdiction above the navigation in the drawer; the signed-in
 * user, the language switch and sign-out in the top bar. Its parts are rebuilt when the language changes.
 */
@PermitAll
public class MainLayout extends AppLayout implements LocaleChangeObserver {

    private final transient AuthenticationContext authentication;
    private final LanguageSelect language = new LanguageSelect();
    private List<Component> parts = List.of();

    public MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        parts.forEach(this::remove);
        SignedInUser user = SignedInUser.current(authentication);
        Header brand = brand(user);
        SideNav navigation = navigation();
        DrawerToggle toggle = new DrawerToggle();
        H1 title = title();
        HorizontalLayout userBar = userBar(user);
        addToDrawer(brand, navigation);
        addToNavbar(toggle, title, userBar);
        parts = List.of(brand, navigation, toggle, title, userBar);
    }

    private Header brand(SignedInUser user) {
        Span name = new Span(getTranslation("app.brand"));
        name.addClassNames(FontSize.XLARGE, FontWeight.SEMIBOLD);
        Span jurisdiction = new Span(Jurisdiction.of(user));
        jurisdiction.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
        Header header = new Header(new Div(name), new Div(jurisdiction));
        header.addClassNames(Padding.MEDIUM);
        return header;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("dashboard.nav"), DashboardView.class,
                VaadinIcon.DASHBOARD.create()));
        nav.addClassNames(Padding.Horizontal.SMALL);
        return nav;
    }

    /** Left out on phones, where the drawer's brand says the same. */
    private H1 title() {
        H1 title = new H1(getTranslation("app.title"));
        title.addClassNames(FontSize.LARGE, Margin.NONE, Whitespace.NOWRAP, Display.HIDDEN,
                Display.Breakpoint.Medium.BLOCK);
        return title;
    }

    private HorizontalLayout userBar(SignedInUser user) {
        Avatar avatar = new Avatar(user.displayName());
        avatar.addThemeVariants(AvatarVariant.SMALL);
        Span name = new Span(user.displayName());
        name.addClassNames(FontWeight.MEDIUM);
        Span role = new Span(user.primaryRole()
                .map(primary -> getTranslation("role." + primary))
                .orElseGet(() -> getTranslation("role.none")));
        role.addClassNames(FontSize.XSMALL, TextColor.SECONDARY);
        // Name above role; on phones only the avatar stays (it shows the name as a tooltip).
        Div who = new Div(name, role);
        who.addClassNames(Display.HIDDEN, Display.Breakpoint.Medium.FLEX, FlexDirection.COLUMN, Whitespace.NOWRAP);
        avatar.setTooltipEnabled(true);

        Button logout = new Button(getTranslation("action.logout"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.TERTIARY);

        HorizontalLayout bar = new HorizontalLayout(language, avatar, who, logout);
        bar.setAlignItems(Alignment.CENTER);
        bar.addClassNames(Gap.SMALL, Margin.Left.AUTO, Padding.Right.MEDIUM);
        return bar;
    }
}
