package org.lingong.keycloak.phone;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.services.managers.BruteForceProtector;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The phone form, then the code form. Runs only when the sign-in names a city ({@code city} in the authorization
 * request, as the worker and employer pages send it); a staff console's sign-in names none and goes straight to the
 * password form, as does "账号密码登录" here. "密码登录" switches to phone and password, for accounts whose owner chose
 * a password on their page (Keycloak's UPDATE_PASSWORD action).
 * <p>
 * Every phone gets the same answer — a code is sent, whether or not an account has it — so the form never tells who
 * is registered. Codes per phone and per client address are limited across Keycloak nodes, a phone waits between
 * codes, and a code dies after its lifetime or its allowed wrong tries.
 */
final class PhoneCodeAuthenticator implements Authenticator {

    static final String TEMPLATE = "lingong-phone-code.ftl";
    private static final Pattern CITY = Pattern.compile("[a-z][a-z0-9_]{1,30}");
    private static final String NOTE_PHONE = "lingong.phone";
    private static final String NOTE_DIGEST = "lingong.code";
    private static final String NOTE_EXPIRES = "lingong.code.expires";
    private static final String NOTE_TRIES = "lingong.code.tries";

    private final SmsRelay relay;
    private final CityProfiles cities;

    PhoneCodeAuthenticator(SmsRelay relay, CityProfiles cities) {
        this.relay = relay;
        this.cities = cities;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        if (city(context).isEmpty()) {
            context.attempted();
            return;
        }
        context.challenge(phoneForm(context, null, null));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String action = String.valueOf(form.getFirst("action"));
        switch (action) {
            case "password" -> context.attempted();
            case "send" -> send(context, form.getFirst("phone"), form.getFirst("consent"));
            case "resend" -> send(context, note(context, NOTE_PHONE), settings(context).privacyNoticeVersion());
            case "verify" -> verify(context, form.getFirst("code"));
            case "usePhonePassword" -> {
                forget(context.getAuthenticationSession());
                context.challenge(passwordForm(context, null, null));
            }
            case "phonePassword" -> passwordSignIn(context, form.getFirst("phone"), form.getFirst("password"),
                    form.getFirst("consent"));
            default -> {
                forget(context.getAuthenticationSession());
                context.challenge(phoneForm(context, null, null));
            }
        }
    }

    private void send(AuthenticationFlowContext context, String typedPhone, String consent) {
        PhoneCodeSettings settings = settings(context);
        Optional<String> city = city(context);
        Optional<String> phone = admissible(context, typedPhone, consent,
                (error, shown) -> phoneForm(context, error, shown));
        if (phone.isEmpty()) {
            return;
        }
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        String prefix = "lingong-phone:" + realm.getId() + ':';
        if (!settings.coolDown().isZero()
                && !session.singleUseObjects().putIfAbsent(prefix + "wait:" + phone.get(), settings.coolDown().toSeconds())) {
            context.challenge(codeOrPhoneForm(context, "lingongResendTooSoon", phone.get()));
            return;
        }
        HourlySlots slots = new HourlySlots(session.singleUseObjects()::putIfAbsent, session.singleUseObjects()::remove);
        Optional<String> byAddress = slots.take(prefix + "address:" + context.getConnection().getRemoteAddr(),
                settings.codesPerAddress());
        Optional<String> byPhone = byAddress.flatMap(taken -> slots.take(prefix + "phone:" + phone.get(),
                settings.codesPerPhone()));
        if (byPhone.isEmpty()) {
            // A code refused by one limit does not count against the other.
            byAddress.ifPresent(slots::release);
            context.getEvent().error(Errors.SLOW_DOWN);
            context.challenge(codeOrPhoneForm(context, "lingongTooManyCodes", phone.get()));
            return;
        }
        String code = OneTimeCode.generate(settings.codeLength());
        SmsRelay.Outcome outcome = deliver(context, settings, city.get(), phone.get(), code);
        AuthenticationSessionModel attempt = context.getAuthenticationSession();
        if (outcome != SmsRelay.Outcome.SENT) {
            forget(attempt);
            context.challenge(phoneForm(context, switch (outcome) {
                case LIMITED -> "lingongTooManyCodes";
                case REFUSED -> "lingongSmsRefused";
                default -> "lingongSmsUnavailable";
            }, phone.get()));
            return;
        }
        attempt.setAuthNote(NOTE_PHONE, phone.get());
        attempt.setAuthNote(NOTE_DIGEST, OneTimeCode.digest(code, attempt.getParentSession().getId(), phone.get()));
        attempt.setAuthNote(NOTE_EXPIRES, Instant.now().plus(settings.lifetime()).toString());
        attempt.setAuthNote(NOTE_TRIES, "0");
        context.challenge(codeForm(context, null, phone.get()));
    }

    /**
     * The typed phone, normalized, when the sign-in names a city and the person ticked the city's privacy notice;
     * otherwise the form again with why, and empty.
     */
    private static Optional<String> admissible(AuthenticationFlowContext context, String typedPhone, String consent,
                                               BiFunction<String, String, Response> form) {
        Optional<String> phone = PhoneNumbers.normalize(typedPhone);
        if (city(context).isEmpty() || phone.isEmpty()) {
            context.challenge(form.apply("lingongPhoneInvalid", typedPhone));
            return Optional.empty();
        }
        if (!settings(context).privacyNoticeVersion().equals(consent)) {
            context.challenge(form.apply("lingongConsentRequired", phone.get()));
            return Optional.empty();
        }
        return phone;
    }

    private SmsRelay.Outcome deliver(AuthenticationFlowContext context, PhoneCodeSettings settings, String city,
                                     String phone, String code) {
        ClientModel client = context.getRealm().getClientByClientId(SmsRelay.CLIENT_ID);
        if (client == null || client.getSecret() == null) {
            return SmsRelay.Outcome.UNAVAILABLE;
        }
        URI tokenEndpoint = context.getUriInfo().getBaseUri()
                .resolve("realms/" + context.getRealm().getName() + "/protocol/openid-connect/token");
        return relay.send(settings.tenantCore(), tokenEndpoint, client.getSecret(), city, phone, code,
                settings.lifetime().toMinutes());
    }

    private void verify(AuthenticationFlowContext context, String typed) {
        AuthenticationSessionModel attempt = context.getAuthenticationSession();
        String phone = attempt.getAuthNote(NOTE_PHONE);
        String digest = attempt.getAuthNote(NOTE_DIGEST);
        if (phone == null || digest == null || Instant.now().isAfter(Instant.parse(attempt.getAuthNote(NOTE_EXPIRES)))) {
            forget(attempt);
            context.challenge(phoneForm(context, "lingongCodeExpired", phone));
            return;
        }
        if (!OneTimeCode.matches(typed, attempt.getParentSession().getId(), phone, digest)) {
            int tries = Integer.parseInt(attempt.getAuthNote(NOTE_TRIES)) + 1;
            context.getEvent().error(Errors.INVALID_USER_CREDENTIALS);
            if (tries >= settings(context).triesPerCode()) {
                forget(attempt);
                context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS,
                        phoneForm(context, "lingongCodeVoid", phone));
            } else {
                attempt.setAuthNote(NOTE_TRIES, String.valueOf(tries));
                context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS,
                        codeForm(context, "lingongCodeWrong", phone));
            }
            return;
        }
        forget(attempt);
        String city = city(context).orElseThrow();
        enter(context, PhoneAccounts.signIn(context.getSession(), context.getRealm(), phone, role(context), city,
                settings(context).privacyNoticeVersion()), city, error -> phoneForm(context, error, phone));
    }

    /**
     * Phone and password, for people who chose a password on their page. An unknown phone, a wrong password, an
     * account without one and one locked by Keycloak's brute-force detection all get the same answer after the same
     * work (a password hash), so the form never tells whether a phone is registered; a wrong password counts towards
     * the lockout. Staff and disabled accounts are refused only once the password is right, as after a right code.
     */
    private void passwordSignIn(AuthenticationFlowContext context, String typedPhone, String password,
                                String consent) {
        PhoneCodeSettings settings = settings(context);
        Optional<String> city = city(context);
        Optional<String> phone = admissible(context, typedPhone, consent,
                (error, shown) -> passwordForm(context, error, shown));
        if (phone.isEmpty()) {
            return;
        }
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel user = PhoneAccounts.find(session, realm, phone.get()).orElse(null);
        BruteForceProtector protector = session.getProvider(BruteForceProtector.class);
        boolean locked = user != null && realm.isBruteForceProtected()
                && (protector.isTemporarilyDisabled(session, realm, user)
                    || protector.isPermanentlyLockedOut(session, realm, user));
        boolean checkable = user != null && !locked && password != null && !password.isEmpty()
                && user.credentialManager().isConfiguredFor(PasswordCredentialModel.TYPE);
        if (!checkable || !user.credentialManager().isValid(UserCredentialModel.password(password))) {
            if (!checkable) {
                dummyHash(session, realm);
            }
            if (user != null) {
                context.getEvent().user(user);
                if (!locked && realm.isBruteForceProtected()) {
                    protector.failedLogin(realm, user, context.getConnection(), context.getUriInfo(), null);
                }
            }
            context.getEvent().error(user == null ? Errors.USER_NOT_FOUND : Errors.INVALID_USER_CREDENTIALS);
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS,
                    passwordForm(context, "lingongPasswordWrong", phone.get()));
            return;
        }
        enter(context, PhoneAccounts.admit(realm, user, false, role(context), city.get(),
                settings.privacyNoticeVersion()), city.get(), error -> passwordForm(context, error, phone.get()));
    }

    /** Signs the account in, or shows why not on the form the person used. */
    private static void enter(AuthenticationFlowContext context, PhoneAccounts.Result account, String city,
                              Function<String, Response> form) {
        if (account.refusal() != null) {
            context.getEvent().error(account.refusal() == PhoneAccounts.Refusal.DISABLED ? Errors.USER_DISABLED
                    : Errors.NOT_ALLOWED);
            context.challenge(form.apply(switch (account.refusal()) {
                case STAFF -> "lingongStaffUsePassword";
                case DISABLED -> "lingongAccountDisabled";
                case BUSY -> "lingongTryAgain";
            }));
            return;
        }
        UserModel user = account.user();
        if (account.created()) {
            context.getEvent().clone().event(EventType.REGISTER).user(user).detail("city", city)
                    .detail("auth_method", PhoneCodeAuthenticatorFactory.ID).success();
        }
        context.getEvent().detail("city", city);
        context.setUser(user);
        context.success();
    }

    /** The cost of checking a password, spent when there is none to check. */
    private static void dummyHash(KeycloakSession session, RealmModel realm) {
        PasswordPolicy policy = realm.getPasswordPolicy();
        // A realm whose policy names no algorithm uses Keycloak's default one.
        PasswordHashProvider hash = policy.getHashAlgorithm() == null ? session.getProvider(PasswordHashProvider.class)
                : session.getProvider(PasswordHashProvider.class, policy.getHashAlgorithm());
        if (hash != null) {
            hash.encodedCredential("lingong-no-such-password", policy.getHashIterations());
        }
    }

    private Response codeOrPhoneForm(AuthenticationFlowContext context, String error, String phone) {
        return phone.equals(note(context, NOTE_PHONE)) && note(context, NOTE_DIGEST) != null
                ? codeForm(context, error, phone) : phoneForm(context, error, phone);
    }

    private Response phoneForm(AuthenticationFlowContext context, String error, String phone) {
        return form(context, error).setAttribute("phase", "phone")
                .setAttribute("phone", phone == null ? "" : phone.length() > 20 ? phone.substring(0, 20) : phone)
                .createForm(TEMPLATE);
    }

    private Response passwordForm(AuthenticationFlowContext context, String error, String phone) {
        return form(context, error).setAttribute("phase", "password")
                .setAttribute("phone", phone == null ? "" : phone.length() > 20 ? phone.substring(0, 20) : phone)
                .createForm(TEMPLATE);
    }

    private Response codeForm(AuthenticationFlowContext context, String error, String phone) {
        return form(context, error).setAttribute("phase", "code")
                .setAttribute("maskedPhone", PhoneNumbers.mask(phone)).createForm(TEMPLATE);
    }

    private LoginFormsProvider form(AuthenticationFlowContext context, String error) {
        PhoneCodeSettings settings = settings(context);
        // 账号密码登录 on the form is the one other way; Keycloak's generic "try another way" would be a second.
        context.setAuthenticationSelections(List.of());
        LoginFormsProvider form = context.form().setAttribute("privacyVersion", settings.privacyNoticeVersion())
                .setAttribute("codeLength", settings.codeLength())
                .setAttribute("coolDownSeconds", settings.coolDown().toSeconds());
        // The city's page: its name and brand, and its privacy notice on the site that asked for the sign-in.
        city(context).ifPresent(city -> {
            cities.of(settings.tenantCore(), city).ifPresent(profile -> form.setAttribute("cityName", profile.name())
                    .setAttribute("cityBrand", profile.brand()));
            privacyNotice(context.getAuthenticationSession().getRedirectUri(), city)
                    .ifPresent(url -> form.setAttribute("privacyUrl", url));
        });
        return error == null ? form : form.setError(error);
    }

    /** {@code <origin of the redirect URI>/privacy/<city>}: the notice page of the site the person came from. */
    static Optional<String> privacyNotice(String redirectUri, String city) {
        try {
            URI back = URI.create(redirectUri == null ? "" : redirectUri);
            if (!("https".equals(back.getScheme()) || "http".equals(back.getScheme())) || back.getRawAuthority() == null
                    || !CITY.matcher(city).matches()) {
                return Optional.empty();
            }
            return Optional.of(back.getScheme() + "://" + back.getRawAuthority() + "/privacy/" + city);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** An employer's page signs a newcomer up as an employer (as=employer), a worker's as a worker. */
    private static String role(AuthenticationFlowContext context) {
        return "employer".equals(context.getAuthenticationSession().getClientNote("client_request_param_as"))
                ? "employer" : "worker";
    }

    private static Optional<String> city(AuthenticationFlowContext context) {
        return Optional.ofNullable(context.getAuthenticationSession().getClientNote("client_request_param_city"))
                .filter(c -> CITY.matcher(c).matches());
    }

    private static String note(AuthenticationFlowContext context, String name) {
        return context.getAuthenticationSession().getAuthNote(name);
    }

    private static void forget(AuthenticationSessionModel attempt) {
        attempt.removeAuthNote(NOTE_DIGEST);
        attempt.removeAuthNote(NOTE_EXPIRES);
        attempt.removeAuthNote(NOTE_TRIES);
    }

    private static PhoneCodeSettings settings(AuthenticationFlowContext context) {
        return PhoneCodeSettings.of(context.getAuthenticatorConfig() == null ? null
                : context.getAuthenticatorConfig().getConfig());
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
