package org.lingong.core.people;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.people.checks.CreditCode;
import org.lingong.core.people.checks.PhoneNumber;
import org.lingong.core.people.pii.PiiCipher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves employer profiles and their licences, and the staff's review of them; the only place the legal
 * representative's and contact's names and phones are (un)sealed.
 */
@Service
class EmployerProfiles {

    private final EmployerRepository employers;
    private final EmployerLicences licences;
    private final PiiCipher pii;
    private final Unsealing unsealing;
    private final AuditLog audit;
    private final Clock clock;

    EmployerProfiles(EmployerRepository employers, EmployerLicences licences, PiiCipher pii, Unsealing unsealing,
                     AuditLog audit, Clock clock) {
        this.employers = employers;
        this.licences = licences;
        this.pii = pii;
        this.unsealing = unsealing;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates or replaces the caller's profile (validated before); with a licence on file it goes to the queue. */
    @Transactional
    EmployerDetails save(String accountId, EmployerProfile profile) {
        Employer employer = employers.findByAccountId(accountId).orElseGet(() -> new Employer(accountId));
        String creditCode = CreditCode.normalize(profile.creditCode());
        if (employers.findByCreditCode(creditCode).filter(other -> !other.getId().equals(employer.getId())).isPresent()) {
            throw new ProblemException(ProblemType.CREDIT_CODE_TAKEN);
        }
        String phone = PhoneNumber.normalize(profile.contactPhone()).orElseThrow();
        String contact = profile.contactName().strip();
        String representative = profile.legalRepresentative().strip();
        employer.update(profile.legalName().strip(), creditCode,
                pii.protect(Employer.LEGAL_REPRESENTATIVE, employer.getId(), representative,
                        Masking.name(representative)),
                pii.protect(Employer.CONTACT_NAME, employer.getId(), contact, Masking.name(contact)),
                pii.protect(Employer.CONTACT_PHONE, employer.getId(), phone, PhoneNumber.mask(phone)),
                profile.address() == null ? null : profile.address().strip(), pii.currentKeyId());
        var licence = licences.fingerprint(employer.getId());
        if (licence.isPresent()) {
            employer.submit(clock.instant());
        }
        Employer saved = employers.save(employer);
        audit.record("employer.profile.saved", saved.getId().toString(), "status=" + saved.getStatus());
        return EmployerDetails.of(saved, licence.orElse(null));
    }

    /** Stores the caller's licence (checked before) and sends the profile to the queue again. */
    @Transactional
    EmployerDetails upload(String accountId, EmployerLicences.Licence licence) {
        Employer employer = employers.findByAccountId(accountId)
                .orElseThrow(() -> new ProblemException(ProblemType.EMPLOYER_PROFILE_REQUIRED));
        var fingerprint = licences.store(employer.getId(), licence, accountId, clock.instant());
        employer.resubmit(clock.instant());
        audit.record("employer.licence.uploaded", employer.getId().toString(), "type=" + licence.contentType()
                + ", bytes=" + licence.bytes().length + ", sha256=" + licence.sha256());
        return EmployerDetails.of(employer, fingerprint);
    }

    EmployerDetails details(Employer employer) {
        return EmployerDetails.of(employer, licences.fingerprint(employer.getId()).orElse(null));
    }

    /** The licence image for the city's staff; every view is audited with its fingerprint. */
    @Transactional
    EmployerLicences.Licence licence(UUID id) {
        Employer employer = find(id);
        EmployerLicences.Licence licence = licences.image(employer.getId())
                .orElseThrow(() -> new ProblemException(ProblemType.LICENCE_NOT_FOUND));
        audit.record("employer.licence.viewed", employer.getId().toString(), "sha256=" + licence.sha256());
        return licence;
    }

    enum Decision { APPROVE, REJECT, ASK_MORE }

    /**
     * Staff decide a profile in the queue: approve (it may publish), reject or ask for more, both with a note the
     * employer reads. Asking for more puts it back to UNVERIFIED with reason MORE_REQUESTED; saving or uploading
     * resubmits. Only a PENDING profile is decided, so two staff cannot decide the same submission twice.
     */
    @Transactional
    EmployerDetails decide(UUID id, Decision decision, String note, String staff) {
        Employer employer = find(id);
        String text = note == null ? "" : note.strip();
        if (decision != Decision.APPROVE && text.isEmpty()) {
            throw new ProblemException(ProblemType.VERIFICATION_NOTE_REQUIRED).withFieldError("note");
        }
        if (employer.getStatus() != VerificationStatus.PENDING) {
            throw new ProblemException(ProblemType.EMPLOYER_NOT_PENDING);
        }
        switch (decision) {
            case APPROVE -> employer.approved(staff, clock.instant());
            case REJECT -> employer.rejected(text);
            case ASK_MORE -> employer.moreRequested(text);
        }
        employers.saveAndFlush(employer);
        audit.record("employer.verification." + decision.name().toLowerCase(Locale.ROOT),
                employer.getId().toString(), text.isEmpty() ? "licence reviewed" : "note=" + text);
        return details(employer);
    }

    /** The clear registration and contact, for a city administrator who gives a reason; audited like a worker's. */
    @Transactional(noRollbackFor = ProblemException.class)
    Identity reveal(UUID id, String reason) {
        Employer employer = find(id);
        UUID row = employer.getId();
        Identity identity = unsealing.open(row, () -> new Identity(row, Map.of(
                "legalName", employer.getLegalName(),
                "creditCode", employer.getCreditCode(),
                "legalRepresentative", employer.getLegalRepresentativeSealed() == null ? ""
                        : pii.open(Employer.LEGAL_REPRESENTATIVE, row, employer.getLegalRepresentativeSealed()),
                "contactName", pii.open(Employer.CONTACT_NAME, row, employer.getContactNameSealed()),
                "contactPhone", pii.open(Employer.CONTACT_PHONE, row, employer.getContactPhoneSealed()))));
        audit.record("employer.identity.read", employer.getId().toString(),
                "fields=" + identity.fieldNames() + "; reason=" + reason);
        return identity;
    }

    private Employer find(UUID id) {
        return employers.findById(id).orElseThrow(() -> new ProblemException(ProblemType.EMPLOYER_NOT_FOUND));
    }
}
