package org.lingong.core.staff;

import java.time.Instant;
import org.lingong.core.identity.KeycloakUsers;
import org.lingong.core.people.Masking;

/** A staff account as lists show it: name and e-mail address masked. */
record StaffAccountDetails(String id, String username, String name, String email, boolean enabled, Instant createdAt) {

    static StaffAccountDetails of(KeycloakUsers.Account account) {
        String name = (nullToEmpty(account.lastName()) + nullToEmpty(account.firstName())).strip();
        return new StaffAccountDetails(account.id(), account.username(), Masking.name(name), Masking.email(account.email()),
                account.enabled(), account.created());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
