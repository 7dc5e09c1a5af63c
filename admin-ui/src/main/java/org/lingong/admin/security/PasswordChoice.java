package org.lingong.admin.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;

/**
 * 设置登录密码 from a person's own page: Keycloak's application-initiated action {@code UPDATE_PASSWORD}, asked for as
 * a new authorization request ({@code kc_action}, added by {@link CitySignIn}). Keycloak asks the person to sign in
 * again first when the last sign-in is old, then for the new password, and comes back through the client's sign-in,
 * which returns to the page saved here — so the page's city (and the phone form) carries through as on any sign-in.
 */
public final class PasswordChoice {

    static final String ACTION = "UPDATE_PASSWORD";
    /** Where Spring Security's {@code HttpSessionRequestCache} keeps the page to return to after a sign-in. */
    private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    private PasswordChoice() {
    }

    /** @param page this site's path to come back to, e.g. {@code /worker/suqian/me} */
    public static void start(UI ui, String page) {
        VaadinSession.getCurrent().getSession().setAttribute(SAVED_REQUEST, new SimpleSavedRequest(page));
        ui.getPage().setLocation(SecurityConfiguration.LOGIN_PAGE + "?kc_action=" + ACTION);
    }
}
