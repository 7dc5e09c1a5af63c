package org.lingong.admin.blacklist;

import java.time.Instant;
import java.util.List;
import org.lingong.admin.MainLayout;
import org.lingong.admin.PageHeader;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.security.SignedInUser;
import org.lingong.common.tenant.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import jakarta.annotation.security.RolesAllowed;

/**
 * 黑中介名单 as the city sees it: its province's listed agencies and the city's own proposals with what the province
 * made of them; a check of an agency by credit code or phone; the city admin proposes an entry for the province's
 * review.
 */
@Route(value = "city/agency-blacklist", layout = MainLayout.class)
@RolesAllowed({Roles.CITY_ADMIN, Roles.STATION_STAFF})
public class CityBlacklistView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    /** A check's answer: never a phone. */
    record Found(int number, String name, String creditCode, String grounds, Instant listedAt) {
    }

    private final transient PlatformApi api;
    private final String tenant;
    private final boolean admin;
    private final ListingGrid grid = new ListingGrid("listings", this::getTranslation);

    public CityBlacklistView(PlatformApi api, AuthenticationContext authentication) {
        this.api = api;
        SignedInUser user = SignedInUser.current(authentication);
        this.tenant = user.tenant().orElseThrow();
        this.admin = user.roles().contains(Roles.CITY_ADMIN);
    }

    @Override
    public String getPageTitle() {
        return Brand.title(getTranslation("blacklist.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getPage().setTitle(getPageTitle());
        removeAll();
        grid.columns();
        Paragraph help = new Paragraph(getTranslation("blacklist.city.help"));
        help.addClassNames(TextColor.SECONDARY);
        Button propose = new Button(getTranslation("blacklist.propose"), VaadinIcon.BAN.create(),
                click -> ListingDialog.open(getTranslation("blacklist.propose"),
                        getTranslation("blacklist.propose.help"), this::getTranslation, entry -> api.post(Listing.class,
                                entry, "/t/{tenant}/api/v1/agency-blacklist", tenant), this::reload));
        propose.setId("listing-new");
        propose.addThemeVariants(ButtonVariant.PRIMARY);
        propose.setVisible(admin);
        add(PageHeader.of(getTranslation("blacklist.title"), propose), help, checker(), grid);
        setSizeFull();
        reload();
    }

    private void reload() {
        grid.setItems(List.of(api.get(Listing[].class, "/t/{tenant}/api/v1/agency-blacklist", tenant)));
    }

    /** 查一查: by credit code or phone, as a caller at the desk asks about an agency. */
    private Div checker() {
        TextField code = new TextField(getTranslation("blacklist.credit-code"));
        code.setId("blacklist-check-code");
        code.setMaxLength(40);
        TextField phone = new TextField(getTranslation("blacklist.phone"));
        phone.setId("blacklist-check-phone");
        phone.setMaxLength(40);
        Paragraph result = new Paragraph();
        result.setId("blacklist-check-result");
        Button check = new Button(getTranslation("blacklist.check"), VaadinIcon.SEARCH.create(), click -> {
            try {
                List<Found> found = List.of(api.get(Found[].class,
                        "/t/{tenant}/api/v1/agency-blacklist/check?creditCode={code}&phone={phone}", tenant,
                        code.getValue().strip(), phone.getValue().strip()));
                result.removeClassNames(TextColor.ERROR, TextColor.SUCCESS, FontWeight.SEMIBOLD);
                if (found.isEmpty()) {
                    result.setText(getTranslation("blacklist.check.none"));
                    result.addClassNames(TextColor.SUCCESS);
                } else {
                    result.setText(getTranslation("blacklist.check.found", found.getFirst().number(),
                            found.getFirst().name(), found.getFirst().grounds()));
                    result.addClassNames(TextColor.ERROR, FontWeight.SEMIBOLD);
                }
            } catch (ApiProblem problem) {
                result.setText("");
                ProblemNotice.show(problem);
            }
        });
        check.setId("blacklist-check");
        HorizontalLayout line = new HorizontalLayout(code, phone, check);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setWrap(true);
        return new Div(line, result);
    }
}
