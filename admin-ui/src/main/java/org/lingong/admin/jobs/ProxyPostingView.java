package org.lingong.admin.jobs;

import java.util.List;

import org.lingong.admin.MainLayout;
import org.lingong.admin.PageHeader;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.nearby.CityDirectory;
import org.lingong.admin.nearby.CityDirectory.Carrier;
import org.lingong.admin.security.SignedInUser;
import org.lingong.common.tenant.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * 代发布: station staff and city administrators post a job for an employer who phoned or walked in. Staff find the
 * employer by part of its name among the city's verified ones, then fill in the usual job at one of the city's markets
 * ({@code POST /api/v1/jobs} with {@code onBehalfOf}); the job is the employer's, shows it was posted by staff, and the
 * API audits who. The API's checks show at the fields; names are text, never HTML.
 */
@Route(value = "city/jobs/on-behalf", layout = MainLayout.class)
@RolesAllowed({Roles.CITY_ADMIN, Roles.STATION_STAFF})
public class ProxyPostingView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    private final transient PlatformApi api;
    private final String tenant;

    public ProxyPostingView(PlatformApi api, AuthenticationContext authentication) {
        this.api = api;
        this.tenant = SignedInUser.current(authentication).tenant().orElseThrow();
    }

    @Override
    public String getPageTitle() {
        return Brand.title(getTranslation("proxy.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getPage().setTitle(getPageTitle());
        removeAll();
        add(PageHeader.of(getTranslation("proxy.title"), new Paragraph(getTranslation("proxy.help"))), form());
    }

    private JobForm form() {
        JobForm form = new JobForm(api, tenant, "proxy");
        EmployerPicker employer = new EmployerPicker(api, tenant, getTranslation("proxy.employer"));
        employer.setId("proxy-employer");
        employer.setPlaceholder(getTranslation("proxy.employer.placeholder"));

        Select<Carrier> market = new Select<>();
        market.setId("proxy-market");
        market.setLabel(getTranslation("proxy.market"));
        market.setItems(CityDirectory.markets(api, tenant));
        market.setItemLabelGenerator(Carrier::name);
        market.addValueChangeListener(change -> {
            if (change.getValue() != null && form.address().isEmpty()) {
                form.address().setValue(change.getValue().address() == null ? "" : change.getValue().address());
            }
        });
        Checkbox draft = new Checkbox(getTranslation("proxy.draft"));
        draft.setId("proxy-draft");
        form.errors().bind("onBehalfOf", employer).bind("marketId", market).bind("location", market);

        Button post = new Button(getTranslation("proxy.post"), VaadinIcon.CHECK.create());
        post.setId("proxy-post");
        post.addThemeVariants(ButtonVariant.PRIMARY);
        post.addClickListener(click -> {
            EmployerPicker.Employer chosen = employer.getValue();
            if (chosen == null) {
                form.errors().clear();
                employer.setErrorMessage(getTranslation("proxy.employer.required"));
                employer.setInvalid(true);
                return;
            }
            Carrier place = market.getValue();
            form.posting(place == null ? null : new JobForm.Location(place.latitude(), place.longitude()),
                    place == null ? null : place.id(), draft.getValue(), chosen.id()).ifPresent(posting -> {
                        try {
                            JobForm.Job posted = api.post(JobForm.Job.class, posting, "/t/{tenant}/api/v1/jobs", tenant);
                            Notification.show(getTranslation("proxy.done." + posted.status(), chosen.legalName(),
                                    posted.title()), 5000, Notification.Position.TOP_CENTER)
                                    .addThemeVariants(NotificationVariant.SUCCESS);
                            form.clearTexts();
                        } catch (ApiProblem problem) {
                            form.show(problem);
                        }
                    });
        });
        form.setId("proxy-form");
        return form.lay(List.of(employer), List.of(market), List.of(draft, post));
    }
}
