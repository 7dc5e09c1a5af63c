package org.lingong.core.people;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.people.checks.CreditCode;
import org.lingong.core.people.checks.PhoneNumber;
import org.lingong.core.people.pii.PiiCipher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saves, approves and reveals employer profiles; the only place contact names and phones are (un)sealed. */
@Service
class EmployerProfiles {

    private final EmployerRepository employers;
    private final PiiCipher pii;
    private final Unsealing unsealing;
    private final AuditLog audit;
    private final MessageSource messages;

    EmployerProfiles(EmployerRepository employers, PiiCipher pii, Unsealing unsealing, AuditLog audit,
                     MessageSource messages) {
        this.employers = employers;
        this.pii = pii;
        this.unsealing = unsealing;
        this.audit = audit;
        this.messages = messages;
    }

    /** Creates or replaces the caller's profile (validated before); a failing check character is a warning. */
    @Transactional
    EmployerDetails save(String accountId, EmployerProfile profile, Locale locale) {
        Employer employer = employers.findByAccountId(accountId).orElseGet(() -> new Employer(accountId));
        String creditCode = CreditCode.normalize(profile.creditCode());
        if (employers.findByCreditCode(creditCode).filter(other -> !other.getId().equals(employer.getId())).isPresent()) {
            throw new ProblemException(ProblemType.CREDIT_CODE_TAKEN);
        }
        boolean warning = CreditCode.check(creditCode).isPresent();
        String phone = PhoneNumber.normalize(profile.contactPhone()).orElseThrow();
        String contact = profile.contactName().strip();
        employer.update(profile.legalName().strip(), creditCode, warning,
                pii.protect(Employer.CONTACT_NAME, employer.getId(), contact, Masking.name(contact)),
                pii.protect(Employer.CONTACT_PHONE, employer.getId(), phone, PhoneNumber.mask(phone)),
                profile.address() == null ? null : profile.address().strip(), pii.currentKeyId());
        Employer saved = employers.save(employer);
        audit.record("employer.profile.saved", saved.getId().toString(),
                "status=" + saved.getStatus() + ", creditCodeWarning=" + warning);
        return EmployerDetails.of(saved, warnings(saved, locale));
    }

    List<EmployerDetails.FieldWarning> warnings(Employer employer, Locale locale) {
        return employer.isCreditCodeWarning()
                ? List.of(new EmployerDetails.FieldWarning("creditCode",
                        messages.getMessage("people.creditCode.checkCharacter", null, locale)))
                : List.of();
    }

    /** A city administrator's approval after checking the registration (by hand for codes with a warning). */
    @Transactional
    Employer verify(UUID id, String administrator) {
        Employer employer = find(id);
        employer.verify(administrator);
        audit.record("employer.verified", employer.getId().toString(),
                "creditCodeWarning=" + employer.isCreditCodeWarning());
        return employer;
    }

    /** The clear registration and contact, for a city administrator who gives a reason; audited like a worker's. */
    @Transactional(noRollbackFor = ProblemException.class)
    Identity reveal(UUID id, String reason) {
        Employer employer = find(id);
        UUID row = employer.getId();
        Identity identity = unsealing.open(row, () -> new Identity(row, Map.of(
                "legalName", employer.getLegalName(),
                "creditCode", employer.getCreditCode(),
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
