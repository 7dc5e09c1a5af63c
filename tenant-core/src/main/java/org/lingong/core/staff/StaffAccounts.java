package org.lingong.core.staff;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.Roles;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.identity.KeycloakUsers;
import org.lingong.core.identity.Revocations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.HttpServerErrorException;

/**
 * The city's station-staff accounts in Keycloak. Keycloak and the audit trail cannot share a transaction, so each
 * change is made in Keycloak first and undone there when its audit line cannot be written: no change goes unaudited.
 * A disabled account is signed out, and its access tokens in hand are revoked at the gateway within seconds.
 */
@Service
class StaffAccounts {

    private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);

    private final KeycloakUsers users;
    private final Revocations revocations;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    StaffAccounts(KeycloakUsers users, Revocations revocations, AuditLog audit, TransactionTemplate transaction) {
        this.users = users;
        this.revocations = revocations;
        this.audit = audit;
        this.transaction = transaction;
    }

    List<StaffAccountDetails> list(TenantCode city) {
        return keycloak(() -> users.cityAccounts(city, Roles.STATION_STAFF)).stream()
                .sorted(Comparator.comparing(KeycloakUsers.Account::username))
                .map(StaffAccountDetails::of).toList();
    }

    CreatedStaffAccount create(TenantCode city, NewStaffAccount request) {
        boolean generated = request.password() == null || request.password().isEmpty();
        String password = generated ? TemporaryPasswords.generate() : request.password();
        String id;
        try {
            id = keycloak(() -> users.createCityAccount(city, new KeycloakUsers.NewUser(request.username(),
                    request.email().strip(), request.firstName().strip(), request.lastName().strip(), password,
                    generated), Roles.STATION_STAFF));
        } catch (KeycloakUsers.UserExists taken) {
            throw new ProblemException("email".equals(taken.field()) ? ProblemType.STAFF_EMAIL_TAKEN
                    : ProblemType.STAFF_USERNAME_TAKEN).withFieldError(taken.field());
        } catch (KeycloakUsers.PasswordRefused refused) {
            throw new ProblemException(ProblemType.PASSWORD_POLICY).withFieldError("password");
        }
        audited("staff-account.created", id, request.username(), () -> { }, () -> users.delete(id));
        KeycloakUsers.Account account = keycloak(() -> users.byId(id)).orElseThrow();
        return new CreatedStaffAccount(StaffAccountDetails.of(account), generated ? password : null);
    }

    StaffAccountDetails setEnabled(TenantCode city, UUID id, boolean enabled) {
        KeycloakUsers.Account account = staffOf(city, id);
        if (account.enabled() != enabled) {
            keycloak(() -> {
                users.setEnabled(account.id(), enabled);
                return null;
            });
            // The revocation commits with the audit line: the gateway refuses the disabled account's tokens in hand.
            audited(enabled ? "staff-account.enabled" : "staff-account.disabled", account.id(), account.username(),
                    () -> {
                        if (!enabled) {
                            revocations.revoke(account.id());
                        }
                    },
                    () -> users.setEnabled(account.id(), !enabled));
        }
        return StaffAccountDetails.of(keycloak(() -> users.byId(account.id())).orElseThrow());
    }

    /** The account if it is a station-staff account of this city — and not an administrator's; otherwise 404. */
    private KeycloakUsers.Account staffOf(TenantCode city, UUID id) {
        return keycloak(() -> users.cityAccount(city, id.toString(), Roles.STATION_STAFF))
                .orElseThrow(() -> new ProblemException(ProblemType.STAFF_ACCOUNT_NOT_FOUND));
    }

    /**
     * Writes the audit line, with what must commit with it; when that fails, undoes the Keycloak change it records and
     * passes the failure on.
     */
    private void audited(String action, String id, String username, Runnable alongside, Runnable undo) {
        try {
            transaction.executeWithoutResult(tx -> {
                audit.record(action, id, username);
                alongside.run();
            });
        } catch (RuntimeException e) {
            try {
                undo.run();
            } catch (RuntimeException undoFailed) {
                e.addSuppressed(undoFailed);
                log.error("{} of user {} is not audited and could not be undone: {}", action, id, undoFailed.getMessage());
            }
            throw e;
        }
    }

    /** Keycloak answering with a server error is unavailable like Keycloak unreachable: 503, the client may retry. */
    private static <T> T keycloak(Supplier<T> call) {
        try {
            return call.get();
        } catch (HttpServerErrorException e) {
            log.warn("Keycloak admin API failed: {}", e.getMessage());
            throw ProblemException.causedBy(e, ProblemType.SERVICE_UNAVAILABLE);
        }
    }
}
