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

/** Saves, approves and reveals employer profiles; the only place contact phones are (un)sealed. */
@Service
class EmployerProfiles {

    private final EmployerRepository employers;
    private final PiiCipher pii;
    private final AuditLog audit;
    private final MessageSource messages;

    EmployerProfiles(EmployerRepository employers, PiiCipher pii, AuditLog audit, MessageSource messages) {
        this.employers = employers;
        this.pii = pii;
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
        employer.update(profile.legalName().strip(), creditCode, warning, profile.contactName().strip(),
                pii.protect(Employer.CONTACT_PHONE, phone, PhoneNumber.mask(phone)),
                profile.address() == null ? null : profile.address().strip());
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

    @Transactional
    Identity reveal(UUID id, String reason) {
        Employer employer = find(id);
        Identity identity = new Identity(employer.getId(), Map.of(
                "legalName", employer.getLegalName(),
                "creditCode", employer.getCreditCode(),
                "contactName", employer.getContactName(),
                "contactPhone", pii.open(Employer.CONTACT_PHONE, employer.getContactPhoneSealed())));
        audit.record("employer.identity.read", employer.getId().toString(),
                "fields=" + identity.fieldNames() + "; reason=" + reason);
        return identity;
    }

    private Employer find(UUID id) {
        return employers.findById(id).orElseThrow(() -> new ProblemException(ProblemType.EMPLOYER_NOT_FOUND));
    }
}
