package org.lingong.admin;

import java.util.List;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.TenantProfile;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.branding.BrandingChanged;
import org.lingong.admin.branding.BrandingView;
import org.lingong.admin.arrears.WageArrearsView;
import org.lingong.admin.complaints.ComplaintDeskView;
import org.lingong.admin.sanctions.SanctionsView;
import org.lingong.admin.blacklist.CityBlacklistView;
import org.lingong.admin.blacklist.ProvinceBlacklistView;
import org.lingong.admin.disputes.DisputesView;
import org.lingong.admin.screening.ScreeningReviewView;
import org.lingong.admin.city.CityDashboardView;
import org.lingong.admin.contracts.ContractTemplateView;
import org.lingong.admin.dashboard.DashboardView;
import org.lingong.admin.dispatch.DispatchDeskView;
import org.lingong.admin.i18n.LanguageSelect;
import org.lingong.admin.insurance.InsuranceSettingsView;
import org.lingong.admin.orders.OrderClockView;
import org.lingong.admin.prioritygroups.PriorityGroupsView;
import org.lingong.admin.jobs.JobImportView;
import org.lingong.admin.jobs.ProxyPostingView;
import org.lingong.admin.jobs.JobsView;
import org.lingong.admin.network.CarriersView;
import org.lingong.admin.network.CoverageView;
import org.lingong.admin.platform.OnboardingView;
import org.lingong.admin.platform.TenantsView;
import org.lingong.admin.province.ProvinceView;
import org.lingong.admin.security.SignedInUser;
import org.lingong.admin.staff.StaffAccountsView;
import org.lingong.admin.verification.EmployerQueueView;
import org.lingong.admin.verification.VerificationQueueView;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
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
 * user, the language switch and sign-out in the top bar. Its parts are rebuilt when the language or the city's
 * branding changes. The navigation lists only the views the signed-in user may open.
 */
@PermitAll
public class MainLayout extends AppLayout implements LocaleChangeObserver {

    /** A menu entry: its label key, view and icon. */
    private record Entry(String key, Class<? extends Component> view, VaadinIcon icon) {
    }

    private static final List<Entry> MENU = List.of(
            new Entry("dashboard.nav", DashboardView.class, VaadinIcon.HOME),
            new Entry("tenants.nav", TenantsView.class, VaadinIcon.BUILDING),
            new Entry("onboarding.nav", OnboardingView.class, VaadinIcon.PLUS_CIRCLE),
            new Entry("province.nav", ProvinceView.class, VaadinIcon.CHART_GRID),
            new Entry("blacklist.province.nav", ProvinceBlacklistView.class, VaadinIcon.BAN),
            new Entry("city.nav", CityDashboardView.class, VaadinIcon.DASHBOARD),
            new Entry("network.nav", CarriersView.class, VaadinIcon.MAP_MARKER),
            new Entry("coverage.nav", CoverageView.class, VaadinIcon.SITEMAP),
            new Entry("jobs.nav", JobsView.class, VaadinIcon.BRIEFCASE),
            new Entry("proxy.nav", ProxyPostingView.class, VaadinIcon.CLIPBOARD_USER),
            new Entry("import.nav", JobImportView.class, VaadinIcon.UPLOAD),
            new Entry("dispatch.nav", DispatchDeskView.class, VaadinIcon.PAPERPLANE),
            new Entry("verification.nav", VerificationQueueView.class, VaadinIcon.USER_CHECK),
            new Entry("priority-groups.nav", PriorityGroupsView.class, VaadinIcon.USER_STAR),
            new Entry("employer-review.nav", EmployerQueueView.class, VaadinIcon.OFFICE),
            new Entry("arrears.nav", WageArrearsView.class, VaadinIcon.EXCLAMATION_CIRCLE_O),
            new Entry("complaints.nav", ComplaintDeskView.class, VaadinIcon.MEGAPHONE),
            new Entry("screening.nav", ScreeningReviewView.class, VaadinIcon.EYE),
            new Entry("sanctions.nav", SanctionsView.class, VaadinIcon.GAVEL),
            new Entry("blacklist.nav", CityBlacklistView.class, VaadinIcon.BAN),
            new Entry("disputes.nav", DisputesView.class, VaadinIcon.HANDSHAKE),
            new Entry("insurance.nav", InsuranceSettingsView.class, VaadinIcon.SHIELD),
            new Entry("order-clock.nav", OrderClockView.class, VaadinIcon.TIMER),
            new Entry("contract-template.nav", ContractTemplateView.class, VaadinIcon.FILE_TEXT_O),
            new Entry("branding.nav", BrandingView.class, VaadinIcon.PALETTE),
            new Entry("staff.nav", StaffAccountsView.class, VaadinIcon.USERS));

    private final transient AuthenticationContext authentication;
    private final transient AccessAnnotationChecker access;
    private final LanguageSelect language = new LanguageSelect();
    private final SignedInUser user;
    private List<Component> parts = List.of();
    private SideNav navigation;
    private Registration brandingChanges;

    public MainLayout(AuthenticationContext authentication, AccessAnnotationChecker access, PlatformApi api) {
        this.authentication = authentication;
        this.access = access;
        this.user = SignedInUser.current(authentication);
        setPrimarySection(Section.DRAWER);
        user.tenant().ifPresent(tenant -> {
            try {
                Brand.wear(UI.getCurrent(),
                        api.get(TenantProfile.class, "/t/{tenant}/api/v1/tenant", tenant).brandingOrNone());
            } catch (ApiProblem unavailable) {
                // The console still works in the platform's colours; the views report the API's state themselves.
                Brand.wear(UI.getCurrent(), TenantProfile.Branding.NONE);
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        brandingChanges = ComponentUtil.addListener(attach.getUI(), BrandingChanged.class,
                changed -> redress());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        brandingChanges.remove();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        rebuild();
    }

    /** Everything in the frame, in the UI's language; the menu asks the access checker, which needs a request. */
    private void rebuild() {
        navigation = navigation();
        redress();
    }

    /**
     * The brand, title and user bar around the same menu: also outside a request, e.g. when a logo upload's callback
     * changed the branding.
     */
    private void redress() {
        parts.forEach(this::remove);
        Header brand = brand(user);
        DrawerToggle toggle = new DrawerToggle();
        H1 title = title();
        HorizontalLayout userBar = userBar(user);
        addToDrawer(brand, navigation);
        addToNavbar(toggle, title, userBar);
        parts = List.of(brand, navigation, toggle, title, userBar);
    }

    private Header brand(SignedInUser user) {
        Span name = new Span(Brand.name());
        name.setId("brand-name");
        name.addClassNames(FontSize.XLARGE, FontWeight.SEMIBOLD, TextColor.PRIMARY);
        Div nameLine = new Div(name);
        nameLine.addClassNames(Display.FLEX, Gap.SMALL, AlignItems.CENTER);
        String logo = Brand.current().logoUrl();
        if (logo != null) {
            Image image = new Image(logo, getTranslation("branding.logo"));
            image.setId("brand-logo");
            image.setHeight("2rem");
            nameLine.addComponentAsFirst(image);
        }
        Span jurisdiction = new Span(Jurisdiction.of(user));
        jurisdiction.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
        Header header = new Header(nameLine, new Div(jurisdiction));
        header.addClassNames(Padding.MEDIUM);
        String hotline = Brand.current().hotline();
        if (hotline != null) {
            Span call = new Span(getTranslation("branding.preview.hotline", hotline));
            call.addClassNames(FontSize.XSMALL, TextColor.SECONDARY);
            header.add(new Div(call));
        }
        return header;
    }

    /** Only what the user may open: the same access rules the router applies. */
    private SideNav navigation() {
        SideNav nav = new SideNav();
        MENU.stream().filter(entry -> access.hasAccess(entry.view())).forEach(entry ->
                nav.addItem(new SideNavItem(getTranslation(entry.key()), entry.view(), entry.icon().create())));
        nav.addClassNames(Padding.Horizontal.SMALL);
        return nav;
    }

    /** Left out on phones, where the drawer's brand says the same. */
    private H1 title() {
        String own = Brand.current().brandName();
        H1 title = new H1(own == null ? getTranslation("app.title") : getTranslation("app.title.branded", own));
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
