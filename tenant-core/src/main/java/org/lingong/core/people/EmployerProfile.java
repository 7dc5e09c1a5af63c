package org.lingong.core.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.lingong.core.people.checks.CreditCode;
import org.lingong.core.people.checks.PhoneNumber;
import org.lingong.core.people.checks.ValidCreditCode;
import org.lingong.core.people.checks.ValidPhone;

/** What an employer fills in; with its business licence it goes to the city's review queue. */
record EmployerProfile(
        @NotBlank(message = "{people.legalName.required}") @Size(max = 200, message = "{people.legalName.size}")
        String legalName,
        @NotBlank(message = "{people.creditCode.format}") @ValidCreditCode String creditCode,
        @NotBlank(message = "{people.legalRepresentative.required}")
        @Size(max = 50, message = "{people.legalRepresentative.size}") String legalRepresentative,
        @NotBlank(message = "{people.contactName.required}") @Size(max = 50, message = "{people.contactName.size}")
        String contactName,
        @NotBlank(message = "{people.phone.required}") @ValidPhone String contactPhone,
        @Size(max = 300, message = "{people.address.size}") String address) {

    /** Masked, so that request logging at any level never shows the contact phone. */
    @Override
    public String toString() {
        return "EmployerProfile[legalName=" + legalName + ", creditCode="
                + (creditCode == null ? null : CreditCode.mask(creditCode)) + ", contactPhone="
                + (contactPhone == null ? null : PhoneNumber.normalize(contactPhone).map(PhoneNumber::mask).orElse("?"))
                + "]";
    }
}
