package org.lingong.admin.worker;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * {@code /worker/{city}/sign-in}: the worker page's way through Keycloak. Opening it signed out starts the sign-in
 * (the page needs a user); once signed in it forwards to the worker page at the same place.
 */
@Route("worker/:city/sign-in")
@PermitAll
public class WorkerSignInView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo("worker/" + event.getRouteParameters().get("city").orElseThrow(),
                event.getLocation().getQueryParameters());
    }
}
