package org.lingong.admin.dashboard;

import org.lingong.admin.Jurisdiction;
import org.lingong.admin.MainLayout;
import org.lingong.admin.security.SignedInUser;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.card.CardVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

import jakarta.annotation.security.PermitAll;

/** Welcomes the signed-in user and shows what the console knows about them: roles and jurisdiction. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    private final transient AuthenticationContext authentication;

    public DashboardView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " | " + getTranslation("app.brand");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        // The router sets the title on navigation only; a language switch has to renew it.
        event.getUI().getPage().setTitle(getPageTitle());
        removeAll();
        SignedInUser user = SignedInUser.current(authentication);

        H2 welcome = new H2(getTranslation("dashboard.welcome", user.displayName()));
        welcome.addClassNames(Margin.Bottom.NONE);
        Paragraph intro = new Paragraph(getTranslation("dashboard.intro"));
        intro.addClassNames(TextColor.SECONDARY, Margin.Top.XSMALL);

        Card account = new Card();
        account.setTitle(getTranslation("dashboard.account"));
        account.addThemeVariants(CardVariant.OUTLINED);
        FormLayout details = new FormLayout();
        details.addFormItem(new Span(user.username()), getTranslation("dashboard.username"));
        details.addFormItem(roles(user), getTranslation("dashboard.roles"));
        details.addFormItem(new Span(Jurisdiction.of(user)), getTranslation("dashboard.jurisdiction"));
        account.add(details);

        add(welcome, intro, account);
    }

    private Div roles(SignedInUser user) {
        Div badges = new Div();
        badges.addClassNames(Display.FLEX, FlexWrap.WRAP, Gap.XSMALL);
        if (user.roles().isEmpty()) {
            badges.add(new Span(getTranslation("role.none")));
        }
        user.roles().forEach(role -> badges.add(new Badge(getTranslation("role." + role))));
        return badges;
    }
}
