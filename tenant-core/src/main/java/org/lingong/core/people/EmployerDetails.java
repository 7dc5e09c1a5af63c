package org.lingong.core.people;

import java.time.Instant;
import java.util.UUID;
import org.lingong.core.people.checks.CreditCode;

/**
 * An employer profile as any response shows it: credit code, legal representative, contact name and phone masked;
 * where it stands in review, with the reason and the staff's note the employer reads; its licence's fingerprint.
 */
record EmployerDetails(UUID id, String legalName, String creditCode, String legalRepresentative, String contactName,
                       String contactPhone, String address, VerificationStatus status, VerificationReason statusReason,
                       String statusNote, Instant submittedAt, Instant verifiedAt, Instant updatedAt,
                       EmployerLicences.Fingerprint licence) {

    static EmployerDetails of(Employer employer, EmployerLicences.Fingerprint licence) {
        return new EmployerDetails(employer.getId(), employer.getLegalName(), CreditCode.mask(employer.getCreditCode()),
                employer.getLegalRepresentativeMasked(), employer.getContactNameMasked(),
                employer.getContactPhoneMasked(), employer.getAddress(), employer.getStatus(),
                employer.getStatusReason(), employer.getStatusNote(), employer.getSubmittedAt(),
                employer.getVerifiedAt(), employer.getUpdatedAt(), licence);
    }
}
