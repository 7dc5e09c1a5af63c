package org.lingong.admin.worker;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.TenantProfile;
import org.lingong.admin.branding.Brand;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A phone-first page of one city ({@code …/:city/…}), the worker's or the employer's own: on entry it reads the city's
 * public profile, whose brand the page wears, then what the page shows ({@link #read}); a refusal of either is said
 * in the page's place. In the UI language it lays out the city's header with {@link #links}, the title and
 * {@link #fill}.
 */
public abstract class PhonePage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle,
        LocaleChangeObserver {

    protected final transient PlatformApi api;
    private final String titleKey;
    protected String city;
    protected TenantProfile tenant;
    private ApiProblem refused;

    /** @param titleKey the bundle key of the page's title */
    protected PhonePage(PlatformApi api, String titleKey) {
        this.api = api;
        this.titleKey = titleKey;
        WorkerPages.column(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        city = event.getRouteParameters().get("city").orElseThrow();
        tenant = null;
        refused = null;
        try {
            tenant = WorkerPages.city(api, event.getUI(), city);
            read(event);
        } catch (ApiProblem problem) {
            refused = problem;
        }
    }

    /** Reads what the page shows, on entry (an {@code ApiProblem} is shown in its place); nothing by default. */
    protected void read(BeforeEnterEvent event) {
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        build();
    }

    @Override
    public String getPageTitle() {
        return Brand.title(getTranslation(titleKey()));
    }

    /** The bundle key of the title, which a page may choose by what it shows. */
    protected String titleKey() {
        return titleKey;
    }

    /** The page afresh. */
    protected final void build() {
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        WorkerPages.content(this, tenant, links(), getTranslation(titleKey()), refused).ifPresent(this::fill);
    }

    /** The links in the header to the visitor's other pages; none: {@code null}. */
    protected abstract Component links();

    /** Fills the content column under the title. */
    protected abstract void fill(Div content);
}
