package org.lingong.admin.worker;

import java.io.Serializable;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.nearby.NearbyJobs.Hit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.spring.security.AuthenticationContext;

import tools.jackson.databind.JsonNode;

/**
 * What 抢单 does: signed out, it sends the worker through Keycloak and back to the same place; signed in, it grabs the
 * job in the job's own city as the worker and shows the API's answer (an order, or a problem as a notification).
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
            ProblemNotice.show(problem);
        }
    }
}
