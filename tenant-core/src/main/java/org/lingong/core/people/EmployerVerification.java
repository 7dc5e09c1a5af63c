package org.lingong.core.people;

import java.util.Optional;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other features ask before an employer acts, e.g. before a job is published: unverified employers cannot. */
@Component
public class EmployerVerification {

    private final EmployerRepository employers;

    EmployerVerification(EmployerRepository employers) {
        this.employers = employers;
    }

    /** Passes when the employer of the current city is verified; otherwise 403 {@code employer-unverified}. */
    @Transactional(readOnly = true)
    public void requireVerified(UUID employerId) {
        if (!employers.findById(employerId).map(Employer::isVerified).orElse(false)) {
            throw new ProblemException(ProblemType.EMPLOYER_UNVERIFIED);
        }
    }

    /**
     * Passes when staff may post for this employer of the current city (代发布): 404 {@code employer-not-found} when
     * the city has none by that id; to publish, it must be verified like an employer posting itself.
     */
    @Transactional(readOnly = true)
    public void requireForPosting(UUID employerId, boolean publish) {
        Employer employer = employers.findById(employerId)
                .orElseThrow(() -> new ProblemException(ProblemType.EMPLOYER_NOT_FOUND));
        if (publish && !employer.isVerified()) {
            throw new ProblemException(ProblemType.EMPLOYER_UNVERIFIED);
        }
    }

    /** The verified employer profile of a Keycloak account (token subject) in the current city, or 403. */
    @Transactional(readOnly = true)
    public UUID requireVerifiedAccount(String accountId) {
        return employers.findByAccountId(accountId).filter(Employer::isVerified).map(Employer::getId)
                .orElseThrow(() -> new ProblemException(ProblemType.EMPLOYER_UNVERIFIED));
    }

    /** The employer profile of a Keycloak account in the current city, verified or not, or 409 to save one first. */
    @Transactional(readOnly = true)
    public UUID requireAccount(String accountId) {
        return employerOf(accountId).orElseThrow(() -> new ProblemException(ProblemType.EMPLOYER_PROFILE_REQUIRED));
    }

    /** The employer profile of a Keycloak account in the current city, verified or not. */
    @Transactional(readOnly = true)
    public Optional<UUID> employerOf(String accountId) {
        return employers.findByAccountId(accountId).map(Employer::getId);
    }
}
