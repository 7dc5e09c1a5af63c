package org.lingong.core.people;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.lingong.core.people.checks.CreditCode;

/**
 * An employer profile as any response shows it: credit code, contact name and contact phone masked. {@code warnings} lists what
 * passed but deserves a look, e.g. a credit code whose check character fails (a known legal exception, or a typo).
 */
record EmployerDetails(UUID id, String legalName, String creditCode, boolean creditCodeWarning, String contactName,
                    String contactPhone, String address, VerificationStatus status, Instant verifiedAt,
                    Instant updatedAt, List<FieldWarning> warnings) {

    record FieldWarning(String field, String message) {
    }

    static EmployerDetails of(Employer employer, List<FieldWarning> warnings) {
        return new EmployerDetails(employer.getId(), employer.getLegalName(),
                CreditCode.mask(employer.getCreditCode()), employer.isCreditCodeWarning(),
                employer.getContactNameMasked(), employer.getContactPhoneMasked(), employer.getAddress(), employer.getStatus(),
                employer.getVerifiedAt(), employer.getUpdatedAt(), warnings);
    }
}
