package org.lingong.keycloak.phone;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

/**
 * One national account per phone. The first verified code creates it (a random user name, so tokens and logs never
 * carry the number); a later sign-up in another city finds it and adds that city's consent. Accounts holding a staff
 * or administrator role never sign in by SMS alone.
 */
final class PhoneAccounts {

    static final String PHONE = "phone";
    static final String CONSENTS = "consents";
    private static final Set<String> STAFF_ROLES = Set.of("station-staff", "city-admin", "province-admin",
            "platform-admin");

    enum Refusal { STAFF, DISABLED, BUSY }

    record Result(UserModel user, boolean created, Refusal refusal) {
    }

    private PhoneAccounts() {
    }

    static Result signIn(KeycloakSession session, RealmModel realm, String phone, String role, String city,
                         String privacyVersion) {
        Optional<UserModel> found = find(session, realm, phone);
        boolean created = false;
        if (found.isEmpty()) {
            // Two first sign-ins of one phone at once, on any node: one creates, the other asks to try again.
            if (!session.singleUseObjects().putIfAbsent("lingong-phone:" + realm.getId() + ":new:" + phone, 30)) {
                return new Result(null, false, Refusal.BUSY);
            }
            found = find(session, realm, phone);
            if (found.isEmpty()) {
                UserModel user = session.users().addUser(realm, "m" + Long.toString(
                        ThreadLocalRandom.current().nextLong(1L << 50, Long.MAX_VALUE), 36));
                user.setEnabled(true);
                user.setSingleAttribute(PHONE, phone);
                found = Optional.of(user);
                created = true;
            }
        }
        return admit(realm, found.get(), created, role, city, privacyVersion);
    }

    /**
     * Lets an account found by its phone in, as a phone sign-in does: never a staff account or a disabled one; grants
     * the page's role and records the city's consent.
     */
    static Result admit(RealmModel realm, UserModel user, boolean created, String role, String city,
                        String privacyVersion) {
        if (isStaff(realm, user)) {
            return new Result(null, false, Refusal.STAFF);
        }
        if (!user.isEnabled()) {
            return new Result(null, false, Refusal.DISABLED);
        }
        RoleModel granted = realm.getRole(role);
        if (granted != null && !user.hasRole(granted)) {
            user.grantRole(granted);
        }
        String consentOf = city + '|' + privacyVersion + '|';
        if (user.getAttributeStream(CONSENTS).noneMatch(c -> c.startsWith(consentOf))) {
            // PIPL: which city's privacy notice, which version, when — one entry per city and version.
            java.util.List<String> consents = new java.util.ArrayList<>(user.getAttributeStream(CONSENTS).toList());
            consents.add(consentOf + Instant.now());
            user.setAttribute(CONSENTS, consents);
        }
        return new Result(user, created, null);
    }

    /** Staff and administrators sign in by password and are managed by their city, never by these doors. */
    static boolean isStaff(RealmModel realm, UserModel user) {
        return STAFF_ROLES.stream().map(realm::getRole).anyMatch(r -> r != null && user.hasRole(r));
    }

    static Optional<UserModel> find(KeycloakSession session, RealmModel realm, String phone) {
        return session.users().searchForUserByUserAttributeStream(realm, PHONE, phone).findFirst();
    }
}
