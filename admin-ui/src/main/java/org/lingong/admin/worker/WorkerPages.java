package org.lingong.admin.worker;

import java.util.Optional;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.api.TenantProfile;
import org.lingong.admin.branding.Brand;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;

/**
 * What the public phone-first pages share (the worker's, and the employer's own page): one column a phone wide
 * (centred on a larger screen), in the city's brand.
 */
public final class WorkerPages {

    private WorkerPages() {
    }

    public static void column(VerticalLayout page) {
        page.setPadding(false);
        page.setSpacing(false);
        page.setWidthFull();
        page.getStyle().set("max-width", "720px").set("margin", "0 auto");
    }

    /**
     * Builds the page afresh: the city's header with {@code link} (none: no link), the title and the content column,
     * which it returns; or, when the page could not be read ({@code refused}), says why in its place and returns none.
     */
    public static Optional<Div> content(VerticalLayout page, TenantProfile tenant, Component link, String title,
                                        ApiProblem refused) {
        page.removeAll();
        if (tenant == null) {
            page.add(ProblemNotice.inPlace(refused));
            return Optional.empty();
        }
        page.add(new WorkerHeader(tenant, link));
        H2 heading = new H2(title);
        heading.addClassNames(FontSize.XLARGE, Margin.NONE);
        Div content = new Div(heading);
        content.addClassNames(Display.FLEX, FlexDirection.COLUMN, Gap.MEDIUM, Padding.MEDIUM);
        content.setWidthFull();
        content.getStyle().set("box-sizing", "border-box");
        page.add(content);
        if (refused != null) {
            content.add(ProblemNotice.inPlace(refused));
            return Optional.empty();
        }
        return Optional.of(content);
    }

    /** Links to the worker's other pages, side by side in the header. */
    public static Component links(Component... links) {
        Span all = new Span(links);
        all.addClassNames(Display.FLEX, FlexWrap.WRAP, Gap.MEDIUM);
        for (Component link : links) {
            link.getElement().getStyle().set("color", "inherit");
        }
        return all;
    }

    /** 我的订单, linked from the worker's other pages. */
    public static RouterLink ordersLink(String city) {
        RouterLink orders = new RouterLink(I18NProvider.translate("worker.orders.link"),
                MyOrdersView.class, new RouteParameters("city", city));
        orders.setId("my-orders-link");
        return orders;
    }

    /** The city's public profile, its brand worn by the page; an {@code ApiProblem} if there is no such city. */
    public static TenantProfile city(PlatformApi api, UI ui, String city) {
        TenantProfile profile = api.getPublic(TenantProfile.class, "/t/{city}/api/v1/tenant", city);
        Brand.wear(ui, profile.brandingOrNone());
        return profile;
    }
}
