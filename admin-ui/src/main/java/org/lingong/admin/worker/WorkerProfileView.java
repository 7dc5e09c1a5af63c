package org.lingong.admin.worker;

import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.button.Button;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.nearby.CityDirectory;
import org.lingong.admin.nearby.CityDirectory.Category;
import org.lingong.admin.security.PasswordChoice;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
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
public class WorkerProfileView extends PhonePage {

    private static final String ME = "/t/{city}/api/v1/workers/me";

    /** A priority group as {@code /api/v1/worker-priority-groups} labels it. */
    record PriorityGroup(String code, String zh, String en) implements Serializable {

        String name(Locale language) {
            return language.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? en : zh;
        }
    }

    /** A certificate of a priority group, as {@code /api/v1/workers/me/priority-groups} lists it. */
    record Certificate(String priorityGroup, LocalDate validUntil, String status) implements Serializable {
    }

    /** Where the caller's national account holds a profile or acts for an employer. */
    record Holding(String city, String name, boolean worker, boolean verifiedWorker, boolean openOrders,
                   boolean employer) implements Serializable {
    }

    private final transient AuthenticationContext authentication;

    private List<Category> categories = List.of();
    private List<PriorityGroup> groups = List.of();
    private MyProfile profile;

    public WorkerProfileView(PlatformApi api, AuthenticationContext authentication) {
        super(api, "worker.profile.title");
        this.authentication = authentication;
    }

    @Override
    protected void read(BeforeEnterEvent event) {
        categories = CityDirectory.categories(api, city);
        groups = List.of(api.get(PriorityGroup[].class, "/t/{city}/api/v1/worker-priority-groups", city));
        profile = mine();
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

    @Override
    protected Component links() {
        RouterLink jobs = new RouterLink(getTranslation("worker.profile.jobs"), WorkerView.class,
                new RouteParameters("city", city));
        jobs.setId("to-jobs");
        return WorkerPages.links(jobs, WorkerPages.ordersLink(city), new NotificationBell(api, city));
    }

    @Override
    protected void fill(Div content) {
        Div status = new Div(new RealNameStatus(profile));
        ProfileForm form = new ProfileForm(profile, CityDirectory.names(categories, getLocale()), groupNames());
        form.addSaveRequestedListener(save -> save(save.changes(), form, status));
        RouterLink notice = new RouterLink(getTranslation("privacy.title"), PrivacyNoticeView.class,
                new RouteParameters("city", city));
        notice.setId("privacy-notice");
        Span privacy = new Span(VaadinIcon.LOCK.create(), new Span(getTranslation("worker.profile.privacy")), notice);
        privacy.addClassNames(Display.FLEX, AlignItems.START, Gap.XSMALL, FontSize.XSMALL);
        Button password = new Button(getTranslation("worker.profile.password"), VaadinIcon.KEY.create(),
                click -> PasswordChoice.start(UI.getCurrent(), "/worker/" + city + "/me"));
        password.setId("choose-password");
        password.addThemeVariants(ButtonVariant.TERTIARY);
        password.getElement().setAttribute("title", getTranslation("worker.profile.password.help"));
        Button close = new Button(getTranslation("worker.account.close"), click -> confirmClosing());
        close.setId("close-account");
        close.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        content.add(status, form, certifiedGroups(), password, privacy, myCities(), close);
    }

    /** The priority groups a desk certified, which are what a job reserved for a group asks for. */
    private Component certifiedGroups() {
        Span certified = new Span();
        certified.setId("certified-groups");
        certified.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
        try {
            Map<String, String> names = groupNames();
            List<String> standing = Arrays.stream(api.get(Certificate[].class, ME + "/priority-groups", city))
                    .filter(certificate -> "STANDING".equals(certificate.status()))
                    .map(certificate -> getTranslation("worker.profile.certified.one",
                            names.getOrDefault(certificate.priorityGroup(), certificate.priorityGroup()),
                            certificate.validUntil().toString()))
                    .toList();
            certified.setText(standing.isEmpty() ? getTranslation("worker.profile.certified.none")
                    : getTranslation("worker.profile.certified", String.join("、", standing)));
        } catch (ApiProblem noProfileYet) {
            certified.setVisible(false);
        }
        return certified;
    }

    /** 我的城市: one account, a profile per city; each links to that city's profile page. */
    private Component myCities() {
        Div cities = new Div(new H3(getTranslation("worker.cities.title")));
        cities.setId("my-cities");
        try {
            for (Holding held : api.get(Holding[].class, "/t/{city}/api/v1/accounts/me/cities", city)) {
                RouterLink link = new RouterLink(held.name(), WorkerProfileView.class,
                        new RouteParameters("city", held.city()));
                Span state = new Span(getTranslation(!held.worker() ? "worker.cities.employer"
                        : held.verifiedWorker() ? "worker.cities.verified" : "worker.cities.unverified")
                        + (held.openOrders() ? getTranslation("worker.cities.open-orders") : ""));
                state.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
                Div row = new Div(link, state);
                row.addClassNames(Display.FLEX, Gap.SMALL, AlignItems.BASELINE);
                cities.add(row);
            }
            if (cities.getComponentCount() == 1) {
                cities.add(new Span(getTranslation("worker.cities.none")));
            }
        } catch (ApiProblem problem) {
            cities.add(ProblemNotice.inPlace(problem));
        }
        return cities;
    }

    /** PIPL: the person closes their own account; what it erases is said before they confirm. */
    private void confirmClosing() {
        Dialog confirm = new Dialog(getTranslation("worker.account.close.title"));
        confirm.setId("close-account-dialog");
        confirm.add(new Paragraph(getTranslation("worker.account.close.text")));
        Button yes = new Button(getTranslation("worker.account.close.confirm"), click -> {
            try {
                api.delete(Void.class, "/t/{city}/api/v1/accounts/me", city);
                confirm.close();
                authentication.logout();
            } catch (ApiProblem problem) {
                confirm.close();
                ProblemNotice.show(problem);
            }
        });
        yes.setId("close-account-confirm");
        yes.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.getFooter().add(new Button(getTranslation("worker.account.close.keep"), click -> confirm.close()), yes);
        confirm.open();
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
