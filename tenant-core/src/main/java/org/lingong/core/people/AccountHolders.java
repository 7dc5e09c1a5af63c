package org.lingong.core.people;

import java.util.Optional;
import java.util.UUID;
import org.lingong.core.people.checks.PhoneNumber;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person's national account asks of one city's people: a worker profile registered at a station desk with the
 * card in hand, and, when the person closes the account, the profile erased.
 */
@Component
public class AccountHolders {

    private final WorkerProfiles profiles;
    private final EmployerRepository employers;

    AccountHolders(WorkerProfiles profiles, EmployerRepository employers) {
        this.profiles = profiles;
        this.employers = employers;
    }

    /** A mainland mobile number as people type it (spaces, dashes, +86) to its 11 digits, or empty if it is none. */
    public static Optional<String> canonicalPhone(String typed) {
        return PhoneNumber.normalize(typed);
    }

    /**
     * Saves the account's profile as the worker's own save would (the authority asked, a number another profile holds
     * noticed), then verifies it in person: staff saw the card. A profile the authority refused (name and number do
     * not match) stays rejected, so the desk corrects the typing instead of overruling the check.
     */
    public WorkerDetails registerInPerson(String accountId, WorkerProfile profile, String staff) {
        Worker saved = profiles.save(accountId, profile);
        if (saved.getStatus() == VerificationStatus.REJECTED || saved.getStatus() == VerificationStatus.VERIFIED
                && saved.getVerificationMethod() == VerificationMethod.IN_PERSON) {
            return WorkerDetails.of(saved);
        }
        return WorkerDetails.of(profiles.decide(saved.getId(), WorkerProfiles.Decision.VERIFY,
                "walk-in registration", staff));
    }

    /** The account's worker profile in the current city, erased; its id, or empty when it has none. */
    public Optional<UUID> eraseWorker(String accountId) {
        return profiles.eraseIfAny(accountId);
    }

    /** Whether the account acts for an employer of the current city. */
    @Transactional(readOnly = true)
    public boolean actsForEmployer(String accountId) {
        return employers.findByAccountId(accountId).isPresent();
    }
}
