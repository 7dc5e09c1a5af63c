package org.lingong.admin.network;

import java.util.List;

import org.lingong.admin.AnyChoice;
import org.lingong.admin.MainLayout;
import org.lingong.admin.PageHeader;
import org.lingong.admin.api.ApiPage;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.PagedGrid;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.api.TenantProfile;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.security.SignedInUser;
import org.lingong.common.tenant.Roles;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;
import tools.jackson.databind.node.ObjectNode;

/**
 * The city's markets, stations, windows and co-built points, paged from the API and filtered by kind. City
 * administrators create carriers ({@link NewCarrierForm}) and edit a carrier's name, address, phones, indoor area and
 * status: the carrier is read whole, changed and written back whole, so the fields not shown here (opening hours,
 * zones …) stay as they are; the API's naming and validation rules come back as errors at the fields.
 */
@Route(value = "city/network", layout = MainLayout.class)
@RolesAllowed({Roles.CITY_ADMIN, Roles.STATION_STAFF})
public class CarriersView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    record Carrier(long id, String kind, String name, String regionCode, String address, String hotline,
                   String status) {
    }

    record CarrierPage(List<Carrier> items, long total) implements ApiPage<Carrier> {
    }

    private final transient PlatformApi api;
    private final String tenant;
    private final boolean edits;
    private final Grid<Carrier> grid = new Grid<>();
    private final Select<String> kind = new Select<>();

    public CarriersView(PlatformApi api, AuthenticationContext authentication) {
        this.api = api;
        SignedInUser user = SignedInUser.current(authentication);
        this.tenant = user.tenant().orElseThrow();
        this.edits = user.roles().contains(Roles.CITY_ADMIN);
        grid.setId("carriers");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        kind.setId("carrier-kind");
        kind.setItems(NewCarrierForm.KINDS);
        kind.setEmptySelectionAllowed(true);
        kind.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        PagedGrid.feed(grid, this::page);
    }

    @Override
    public String getPageTitle() {
        return Brand.title(getTranslation("network.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getPage().setTitle(getPageTitle());
        removeAll();
        kind.setLabel(getTranslation("network.kind"));
        AnyChoice.offer(kind, getTranslation("network.kind.any"), value -> getTranslation("carrier.kind." + value));
        grid.removeAllColumns();
        grid.addColumn(carrier -> getTranslation("carrier.kind." + carrier.kind()))
                .setHeader(getTranslation("network.kind")).setAutoWidth(true);
        grid.addColumn(Carrier::name).setHeader(getTranslation("network.name")).setFlexGrow(2);
        grid.addColumn(Carrier::regionCode).setHeader(getTranslation("network.region")).setAutoWidth(true);
        grid.addColumn(Carrier::address).setHeader(getTranslation("network.address")).setFlexGrow(2);
        grid.addColumn(Carrier::hotline).setHeader(getTranslation("network.hotline")).setAutoWidth(true);
        grid.addComponentColumn(carrier -> new Badge(getTranslation("carrier.status." + carrier.status())))
                .setHeader(getTranslation("network.status")).setAutoWidth(true);
        if (edits) {
            grid.addComponentColumn(this::editButton).setAutoWidth(true);
        }
        HorizontalLayout header = PageHeader.of(getTranslation("network.title"), kind);
        if (edits) {
            Button create = new Button(getTranslation("network.create"), VaadinIcon.PLUS.create(), click -> create());
            create.setId("new-carrier");
            create.addThemeVariants(ButtonVariant.PRIMARY);
            header.add(create);
        }
        add(header, grid);
        setSizeFull();
        grid.getDataProvider().refreshAll();
    }

    private CarrierPage page(int page, int size) {
        return kind.isEmpty()
                ? api.get(CarrierPage.class, "/t/{tenant}/api/v1/network/carriers?page={page}&size={size}",
                        tenant, page, size)
                : api.get(CarrierPage.class,
                        "/t/{tenant}/api/v1/network/carriers?kind={kind}&page={page}&size={size}", tenant,
                        kind.getValue(), page, size);
    }

    private Component editButton(Carrier carrier) {
        Button button = new Button(getTranslation("network.edit"), VaadinIcon.EDIT.create(), click -> edit(carrier));
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.setId("edit-carrier-" + carrier.id());
        return button;
    }

    private void edit(Carrier listed) {
        ObjectNode carrier;
        try {
            carrier = api.get(ObjectNode.class, "/t/{tenant}/api/v1/network/carriers/{id}", tenant, listed.id());
        } catch (ApiProblem problem) {
            ProblemNotice.show(problem);
            return;
        }
        CarrierDetails details = new CarrierDetails();
        details.read(carrier);
        new CarrierDialog(getTranslation("network.edit.title", listed.name()), details.form(),
                details.bindTo(new FieldErrors()), "save-carrier", () -> {
                    details.writeInto(carrier);
                    return api.put(ObjectNode.class, writable(carrier), "/t/{tenant}/api/v1/network/carriers/{id}",
                            tenant, listed.id());
                }, saved -> grid.getDataProvider().refreshAll()).open();
    }

    /** The form for a new carrier, with the city's regions to pick from; the list shows it once it is stored. */
    private void create() {
        NewCarrierForm form;
        try {
            TenantProfile city = api.get(TenantProfile.class, "/t/{tenant}/api/v1/tenant", tenant);
            form = new NewCarrierForm(api, tenant, city, Region.tree(api, tenant), getLocale());
        } catch (ApiProblem problem) {
            ProblemNotice.show(problem);
            return;
        }
        new CarrierDialog(getTranslation("network.create.title"), form, form.bindTo(new FieldErrors()),
                "create-carrier", () -> api.post(ObjectNode.class, form.request(),
                        "/t/{tenant}/api/v1/network/carriers", tenant),
                saved -> grid.getDataProvider().refreshAll()).open();
    }

    /** The carrier as a change request: without what the API sets itself. */
    private static ObjectNode writable(ObjectNode carrier) {
        ObjectNode request = carrier.deepCopy();
        request.remove(List.of("id", "createdAt", "updatedAt", "warnings"));
        return request;
    }
}
