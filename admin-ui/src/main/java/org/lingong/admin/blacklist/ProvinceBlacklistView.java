package org.lingong.admin.blacklist;

import java.util.List;
import java.util.function.Supplier;
import org.lingong.admin.MainLayout;
import org.lingong.admin.PageHeader;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.StepDialog;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.security.SignedInUser;
import org.lingong.common.tenant.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import jakarta.annotation.security.RolesAllowed;

/**
 * The province's desk for its blacklist: the cities' proposals waiting first, each listed or rejected with a note the
 * city reads; entries the province adds itself; removal of a listed entry with its reason.
 */
@Route(value = "province/agency-blacklist", layout = MainLayout.class)
@RolesAllowed(Roles.PROVINCE_ADMIN)
public class ProvinceBlacklistView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    /** "" is every status. */
    static final List<String> FILTERS = List.of("PROPOSED", "LISTED", "REJECTED", "REMOVED", "");
    private static final String BASE = "/api/v1/platform/provinces/{province}/agency-blacklist";

    record Review(Boolean list, String note) {
    }

    record Note(String note) {
    }

    private final transient PlatformApi api;
    private final String province;
    private final ListingGrid grid = new ListingGrid("province-listings", this::getTranslation);
    private final Select<String> filter = new Select<>();

    public ProvinceBlacklistView(PlatformApi api, AuthenticationContext authentication) {
        this.api = api;
        this.province = SignedInUser.current(authentication).province().orElseThrow();
        filter.setId("listings-status");
        filter.setItems(FILTERS);
        filter.setValue("PROPOSED");
        filter.addValueChangeListener(change -> reload());
    }

    @Override
    public String getPageTitle() {
        return Brand.title(getTranslation("blacklist.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getPage().setTitle(getPageTitle());
        removeAll();
        filter.setLabel(getTranslation("blacklist.column.status"));
        filter.setItemLabelGenerator(status -> getTranslation(status.isEmpty() ? "blacklist.status.all"
                : "blacklist.status." + status));
        grid.columns();
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        Paragraph help = new Paragraph(getTranslation("blacklist.province.help"));
        help.addClassNames(TextColor.SECONDARY);
        Button add = new Button(getTranslation("blacklist.add"), VaadinIcon.BAN.create(),
                click -> ListingDialog.open(getTranslation("blacklist.add"), getTranslation("blacklist.add.help"),
                        this::getTranslation, entry -> api.post(Listing.class, entry, BASE, province),
                        this::reload));
        add.setId("listing-new");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add(PageHeader.of(getTranslation("blacklist.title"), filter, add), help, grid);
        setSizeFull();
        reload();
    }

    private void reload() {
        String status = filter.getValue();
        grid.setItems(List.of(status == null || status.isEmpty()
                ? api.get(Listing[].class, BASE, province)
                : api.get(Listing[].class, BASE + "?status={status}", province, status)));
    }

    private Component actions(Listing listing) {
        Div actions = new Div();
        if ("PROPOSED".equals(listing.status())) {
            actions.add(action("review-", listing, "blacklist.review", VaadinIcon.SCALE, () -> review(listing)));
        }
        if ("LISTED".equals(listing.status())) {
            actions.add(action("remove-", listing, "blacklist.remove", VaadinIcon.ERASER, () -> remove(listing)));
        }
        return actions;
    }

    private Button action(String idPrefix, Listing listing, String key, VaadinIcon icon, Runnable open) {
        Button button = new Button(getTranslation(key), icon.create(), click -> open.run());
        button.setId(idPrefix + listing.number());
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        return button;
    }

    private void review(Listing listing) {
        Select<Boolean> decision = new Select<>();
        decision.setId("listing-decision");
        decision.setLabel(getTranslation("blacklist.review"));
        decision.setItems(true, false);
        decision.setItemLabelGenerator(list -> getTranslation(list ? "blacklist.review.list" : "blacklist.review.reject"));
        TextArea note = note();
        confirm(getTranslation("blacklist.review.title", listing.number(), listing.name()),
                new FieldErrors().bind("list", decision).bind("note", note), new Div(decision, note),
                () -> api.post(Listing.class, new Review(decision.getValue(), note.getValue()),
                        BASE + "/{id}/review", province, listing.id()));
    }

    private void remove(Listing listing) {
        TextArea note = note();
        confirm(getTranslation("blacklist.remove.title", listing.number(), listing.name()),
                new FieldErrors().bind("note", note), new Div(note),
                () -> api.post(Listing.class, new Note(note.getValue()), BASE + "/{id}/remove", province,
                        listing.id()));
    }

    private TextArea note() {
        TextArea note = new TextArea(getTranslation("blacklist.note"));
        note.setId("listing-note");
        note.setMaxLength(1000);
        note.setWidthFull();
        return note;
    }

    private void confirm(String title, FieldErrors errors, Div fields, Supplier<Listing> call) {
        new StepDialog<>(title, getTranslation("blacklist.confirm"), getTranslation("action.cancel"), "confirm-listing",
                errors, fields, call, done -> {
                    Notification.show(getTranslation("blacklist.status." + done.status()) + " #" + done.number(), 4000,
                            Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
                    reload();
                }).open();
    }
}
