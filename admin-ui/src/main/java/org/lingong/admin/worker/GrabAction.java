package org.lingong.admin.worker;

import java.io.Serializable;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.nearby.NearbyJobs.Hit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;

import tools.jackson.databind.JsonNode;

/**
 * What 抢单 does: signed out, it sends the worker through Keycloak and back to the same place; signed in, it grabs the
 * job in the job's own city as the worker and shows the API's answer (an order, or a problem as a notification; a
 * worker not yet verified is offered their profile).
 */
class GrabAction implements Serializable {

    private final transient PlatformApi api;
    private final transient AuthenticationContext authentication;
    private final String city;

    GrabAction(PlatformApi api, AuthenticationContext authentication, String city) {
        this.api = api;
        this.authentication = authentication;
        this.city = city;
    }

    boolean signedIn() {
        return authentication.isAuthenticated();
    }

    /** @param grabbed called after a grab the API accepted, to show the list as it now is */
    void grab(Hit job, NearbyQuery query, Runnable grabbed) {
        if (!signedIn()) {
            // A protected page: Spring Security keeps it, Keycloak signs the worker in, and it sends them back here.
            UI.getCurrent().getPage().setLocation("worker/" + city + "/sign-in?lat=" + query.latitude() + "&lon="
                    + query.longitude() + "&mode=" + query.mode() + "&minutes=" + query.minutes());
            return;
        }
        try {
            api.post(JsonNode.class, null, "/t/{city}/api/v1/jobs/{id}/grab", job.tenant(), job.jobId());
            Notification done = Notification.show(I18NProvider.translate("worker.grabbed", job.title()), 5000,
                    Notification.Position.TOP_CENTER);
            done.addThemeVariants(NotificationVariant.SUCCESS);
            grabbed.run();
        } catch (ApiProblem problem) {
            if (problem.is("worker-unverified")) {
                offerProfile(problem, job.tenant());
            } else {
                ProblemNotice.show(problem);
            }
        }
    }

    /**
     * Only a verified worker grabs: the refusal stays until dismissed, with a link to the profile in the job's city
     * (verification is per city, and a job may be a neighbour city's).
     */
    private static void offerProfile(ApiProblem problem, String jobCity) {
        Notification notice = new Notification();
        RouterLink fill = new RouterLink(I18NProvider.translate("worker.profile.fill"), WorkerProfileView.class,
                new RouteParameters("city", jobCity));
        fill.setId("fill-profile");
        fill.getStyle().set("color", "inherit").set("font-weight", "600").set("text-decoration", "underline");
        fill.getElement().addEventListener("click", click -> notice.close());
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> notice.close());
        close.setAriaLabel(I18NProvider.translate("worker.close"));
        close.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        close.getStyle().set("color", "inherit");
        Div text = new Div(new Span(problem.getMessage()), fill);
        text.addClassNames(Display.FLEX, FlexDirection.COLUMN, Gap.XSMALL);
        Div content = new Div(text, close);
        content.addClassNames(Display.FLEX, AlignItems.START, Gap.SMALL);
        notice.add(content);
        notice.addClassName("worker-unverified");
        notice.addThemeVariants(NotificationVariant.WARNING);
        notice.setPosition(Notification.Position.TOP_CENTER);
        notice.setDuration(0);
        notice.open();
    }
}
