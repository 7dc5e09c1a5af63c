package org.lingong.admin.worker;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.api.TenantProfile;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.nearby.CityDirectory;
import org.lingong.admin.nearby.CityDirectory.Category;
import org.lingong.admin.security.PasswordChoice;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;

import jakarta.annotation.security.PermitAll;

/**
 * {@code /worker/{city}/me} (我的档案): the signed-in worker's own profile in the city — where real-name verification
 * stands and what to do next ({@link RealNameStatus}), and the {@link ProfileForm} that saves it through
 * {@code PUT /api/v1/workers/me} with the worker's token. Opening it signed out starts the sign-in and comes back here,
 * as {@link WorkerSignInView} does. Only a verified worker can grab: the worker page links here when a grab is refused
 * for that.
 */
@Route("worker/:city/me")
@PermitAll
public class WorkerProfileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle,
        LocaleChangeObserver {

    private static final String ME = "/t/{city}/api/v1/workers/me";

    /** A priority group as {@code /api/v1/worker-priority-groups} labels it. */
    record PriorityGroup(String code, String zh, String en) implements Serializable {

        String name(Locale language) {
            return language.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? en : zh;
        }
    }

    private final transient PlatformApi api;

    private String city;
    private TenantProfile tenant;
    private List<Category> categories = List.of();
    private List<PriorityGroup> groups = List.of();
    private MyProfile profile;
    private ApiProblem refused;

    public WorkerProfileView(PlatformApi api) {
        this.api = api;
        WorkerPages.column(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        city = event.getRouteParameters().get("city").orElseThrow();
        refused = null;
        try {
            tenant = WorkerPages.city(api, event.getUI(), city);
            categories = CityDirectory.categories(api, city);
            groups = List.of(api.get(PriorityGroup[].class, "/t/{city}/api/v1/worker-priority-groups", city));
            profile = mine();
        } catch (ApiProblem problem) {
            refused = problem;
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        build();
    }

    @Override
    public String getPageTitle() {
        return Brand.title(getTranslation("worker.profile.title"));
    }

    /** The worker's profile, or none yet. */
    private MyProfile mine() {
        try {
            return api.get(MyProfile.class, ME, city);
        } catch (ApiProblem problem) {
            if (problem.is("worker-not-found")) {
                return MyProfile.NONE;
            }
            throw problem;
        }
    }

    private void build() {
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        RouterLink jobs = new RouterLink(getTranslation("worker.profile.jobs"), WorkerView.class,
                new RouteParameters("city", city));
        jobs.setId("to-jobs");
        Div content = WorkerPages.content(this, tenant, jobs, getTranslation("worker.profile.title"), refused)
                .orElse(null);
        if (content == null) {
            return;
        }
        Div status = new Div(new RealNameStatus(profile));
        ProfileForm form = new ProfileForm(profile, CityDirectory.names(categories, getLocale()), groupNames());
        form.addSaveRequestedListener(save -> save(save.changes(), form, status));
        Span privacy = new Span(VaadinIcon.LOCK.create(), new Span(getTranslation("worker.profile.privacy")));
        privacy.addClassNames(Display.FLEX, AlignItems.START, Gap.XSMALL, FontSize.XSMALL);
        Button password = new Button(getTranslation("worker.profile.password"), VaadinIcon.KEY.create(),
                click -> PasswordChoice.start(UI.getCurrent(), "/worker/" + city + "/me"));
        password.setId("choose-password");
        password.addThemeVariants(ButtonVariant.TERTIARY);
        password.getElement().setAttribute("title", getTranslation("worker.profile.password.help"));
        content.add(status, form, password, privacy);
    }

    private void save(MyProfile.Changes changes, ProfileForm form, Div status) {
        form.clearErrors();
        try {
            profile = api.put(MyProfile.class, changes, ME, city);
        } catch (ApiProblem problem) {
            if (problem.is("id-number-locked")) {
                form.showLocked(problem);
            } else if (!form.showErrors(problem)) {
                ProblemNotice.show(problem);
            }
            return;
        }
        form.saved(profile);
        status.removeAll();
        status.add(new RealNameStatus(profile));
        Notification.show(getTranslation("worker.profile.saved"), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }

    private Map<String, String> groupNames() {
        Map<String, String> names = new LinkedHashMap<>();
        groups.forEach(group -> names.put(group.code(), group.name(getLocale())));
        return names;
    }
}
