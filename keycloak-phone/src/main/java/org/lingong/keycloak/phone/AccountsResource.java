package org.lingong.keycloak.phone;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.util.JsonSerialization;

/**
 * tenant-core's two doors into the people's accounts, under {@code /realms/{realm}/lingong-accounts}: a station desk
 * opens (or finds) the national account of a phone it confirmed by SMS, and a person's request closes theirs (PIPL).
 * Only tenant-core's service account may call; it gets no wider power over users than these two verbs, and neither
 * touches an account holding a staff or administrator role. Both follow the same rules as the sign-in form
 * ({@link PhoneAccounts}), so an account opened at a desk is the one the person later signs in to by phone.
 */
public final class AccountsResource {

    static final String TENANT_CORE_CLIENT = "lingong-tenant-core";
    static final String SETTINGS_ALIAS = "lingong phone code";
    private static final Pattern CITY = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private final KeycloakSession session;

    AccountsResource(KeycloakSession session) {
        this.session = session;
    }

    /**
     * Body {@code {"phone": "...", "city": "..."}}; answers {@code {"id": "...", "created": true|false,
     * "privacyNoticeVersion": "..."}} — the version whose consent the account now holds for the city.
     */
    @POST
    @Path("phone-accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response openByPhone(String body) {
        Optional<Response> refused = refuseUnlessTenantCore();
        if (refused.isPresent()) {
            return refused.get();
        }
        Map<?, ?> request;
        try {
            request = JsonSerialization.readValue(body, Map.class);
        } catch (IOException | RuntimeException e) {
            return error(Response.Status.BAD_REQUEST, "malformed");
        }
        Optional<String> phone = PhoneNumbers.normalize(text(request.get("phone")));
        String city = text(request.get("city"));
        if (phone.isEmpty() || city == null || !CITY.matcher(city).matches()) {
            return error(Response.Status.BAD_REQUEST, "phone-or-city");
        }
        RealmModel realm = session.getContext().getRealm();
        String privacyVersion = privacyNoticeVersion(realm);
        PhoneAccounts.Result account = PhoneAccounts.signIn(session, realm, phone.get(), "worker", city,
                privacyVersion);
        if (account.refusal() != null) {
            return error(Response.Status.CONFLICT, account.refusal().name().toLowerCase());
        }
        if (account.created()) {
            event(realm, EventType.REGISTER, account.user()).detail("city", city)
                    .detail("auth_method", "station-desk").success();
        }
        return Response.ok(Map.of("id", account.user().getId(), "created", account.created(),
                "privacyNoticeVersion", privacyVersion)).build();
    }

    /** Deletes a person's account; 404 when there is none (already deleted), 409 for staff accounts. */
    @DELETE
    @Path("accounts/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response close(@PathParam("id") String id) {
        Optional<Response> refused = refuseUnlessTenantCore();
        if (refused.isPresent()) {
            return refused.get();
        }
        RealmModel realm = session.getContext().getRealm();
        UserModel user = session.users().getUserById(realm, id);
        if (user == null || user.getServiceAccountClientLink() != null) {
            return error(Response.Status.NOT_FOUND, "no-account");
        }
        if (PhoneAccounts.isStaff(realm, user)) {
            return error(Response.Status.CONFLICT, "staff");
        }
        session.users().removeUser(realm, user);
        event(realm, EventType.DELETE_ACCOUNT, user).detail("reason", "person's request").success();
        return Response.noContent().build();
    }

    private Optional<Response> refuseUnlessTenantCore() {
        AuthenticationManager.AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
        if (auth == null) {
            return Optional.of(error(Response.Status.UNAUTHORIZED, "token"));
        }
        boolean tenantCore = TENANT_CORE_CLIENT.equals(auth.client().getClientId())
                && auth.user().getServiceAccountClientLink() != null
                && auth.user().getServiceAccountClientLink().equals(auth.client().getId());
        return tenantCore ? Optional.empty() : Optional.of(error(Response.Status.FORBIDDEN, "client"));
    }

    private EventBuilder event(RealmModel realm, EventType type, UserModel user) {
        return new EventBuilder(realm, session, session.getContext().getConnection()).event(type).user(user)
                .client(TENANT_CORE_CLIENT);
    }

    /** The version of the privacy notice the sign-in form shows, so a desk records the same consent. */
    private static String privacyNoticeVersion(RealmModel realm) {
        AuthenticatorConfigModel config = realm.getAuthenticatorConfigByAlias(SETTINGS_ALIAS);
        return PhoneCodeSettings.of(config == null ? null : config.getConfig()).privacyNoticeVersion();
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }

    private static Response error(Response.Status status, String error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("error", error)).build();
    }
}
