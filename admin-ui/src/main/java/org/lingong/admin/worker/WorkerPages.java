package org.lingong.admin.worker;

import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.TenantProfile;
import org.lingong.admin.branding.Brand;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** What the worker's pages share: one column a phone wide (centred on a larger screen), in the city's brand. */
final class WorkerPages {

    private WorkerPages() {
    }

    static void column(VerticalLayout page) {
        page.setPadding(false);
        page.setSpacing(false);
        page.setWidthFull();
        page.getStyle().set("max-width", "720px").set("margin", "0 auto");
    }

    /** The city's public profile, its brand worn by the page; an {@code ApiProblem} if there is no such city. */
    static TenantProfile city(PlatformApi api, UI ui, String city) {
        TenantProfile profile = api.getPublic(TenantProfile.class, "/t/{city}/api/v1/tenant", city);
        Brand.wear(ui, profile.brandingOrNone());
        return profile;
    }
}
