package org.lingong.core.people;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import org.lingong.common.i18n.China;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other features ask before an employer acts, e.g. before a job is published: unverified employers cannot. */
@Component
public class EmployerVerification {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(China.ZONE);

    private final EmployerRepository employers;
    private final RecruitingBans bans;
    private final ListedAgencies blacklist;
    private final Clock clock;

    EmployerVerification(EmployerRepository employers, RecruitingBans bans, ListedAgencies blacklist, Clock clock) {
        this.employers = employers;
        this.bans = bans;
        this.blacklist = blacklist;
        this.clock = clock;
    }

    /**
     * Passes unless the city suspended the employer or closed its account — then 403 {@code employer-suspended} (until
     * when) or {@code employer-closed}, with the grounds — or the province listed it as an illegal agency by its credit
     * code or contact phone: 403 {@code employer-blacklisted}. Asked before its job is published and before it
     * confirms.
     */
    @Transactional(readOnly = true)
    public void requireMayRecruit(UUID employerId) {
        bans.inForce(employerId, clock.instant()).ifPresent(ban -> {
            throw ban.until() == null ? new ProblemException(ProblemType.EMPLOYER_CLOSED, ban.grounds())
                    : new ProblemException(ProblemType.EMPLOYER_SUSPENDED, UNTIL.format(ban.until()), ban.grounds());
        });
        employers.findById(employerId)
                .flatMap(employer -> blacklist.matching(employer.getCreditCode(), employer.getContactPhoneIndex()))
                .ifPresent(listing -> {
                    throw new ProblemException(ProblemType.EMPLOYER_BLACKLISTED, listing.number(), listing.name(),
                            listing.grounds());
                });
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
