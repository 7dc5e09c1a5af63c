package org.lingong.core.accounts;

import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.people.AccountHolders;
import org.lingong.core.people.WorkerDetails;
import org.lingong.core.people.WorkerProfile;
import org.lingong.core.tenancy.CurrentTenant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A walk-in registered at a station desk: the privacy notice read out and agreed, the phone confirmed by an SMS code,
 * the national account of that phone opened or found, the worker profile saved and verified in person against the
 * card. Everything the desk can check is checked before Keycloak is asked, so a refusal leaves nothing behind; the
 * account, once opened, is the person's whatever follows (they sign in to it by phone).
 */
@Service
class Desk {

    private final DeskCodes codes;
    private final KeycloakAccounts accounts;
    private final AccountHolders holders;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    Desk(DeskCodes codes, KeycloakAccounts accounts, AccountHolders holders, AuditLog audit,
         TransactionTemplate transaction) {
        this.codes = codes;
        this.accounts = accounts;
        this.holders = holders;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** The registration's outcome: the profile as staff see it, and whether the account is new. */
    record Registered(WorkerDetails worker, boolean accountCreated) {
    }

    /** Sends a code to the mobile number (11 digits, validated by the request). */
    DeskCodes.Issued sendCode(String phone, String staff) {
        return codes.issue(phone, staff);
    }

    Registered register(UUID attempt, String code, boolean consentRead, WorkerProfile profile, String staff) {
        if (!consentRead) {
            throw new ProblemException(ProblemType.DESK_CONSENT_REQUIRED).withFieldError("consentRead");
        }
        if (profile.idNumber() == null || profile.idNumber().isBlank()) {
            throw new ProblemException(ProblemType.DESK_ID_NUMBER_REQUIRED).withFieldError("profile.idNumber");
        }
        String phone = normalized(profile.phone());
        codes.redeem(attempt, phone, code);
        KeycloakAccounts.Opened account = accounts.openByPhone(phone, CurrentTenant.require().value());
        WorkerDetails worker = holders.registerInPerson(account.id(), profile, staff);
        transaction.executeWithoutResult(tx -> audit.record("worker.registered.at-desk", worker.id().toString(),
                (account.created() ? "new account" : "existing account") + "; privacy notice "
                        + account.privacyNoticeVersion() + " read out and agreed; phone confirmed by SMS code"));
        return new Registered(worker, account.created());
    }

    private static String normalized(String phone) {
        return AccountHolders.canonicalPhone(phone).orElseThrow(
                () -> new ProblemException(ProblemType.MALFORMED_REQUEST).withFieldError("phone"));
    }
}
