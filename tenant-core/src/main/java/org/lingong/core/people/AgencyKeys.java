package org.lingong.core.people;

import java.util.Optional;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.people.checks.CreditCode;
import org.lingong.core.people.checks.PhoneNumber;
import org.lingong.core.people.pii.PiiCipher;
import org.springframework.stereotype.Component;

/**
 * How a party kept outside the city's own tables (an agency on the province's blacklist) is known by the identifiers
 * employers register with: its credit code checked as an employer's is, its phone sealed like any personal data and
 * hashed under the key the city's employers' contact phones are hashed under, so the two meet without opening a row.
 */
@Component
public class AgencyKeys {

    /** A phone sealed for one column of one row, with its key id, mask and the employers' keyed hash of it. */
    public record Phone(byte[] sealed, String keyId, String masked, String contactPhoneIndex) {
    }

    private final PiiCipher pii;

    AgencyKeys(PiiCipher pii) {
        this.pii = pii;
    }

    /** The canonical credit code; 400 {@code credit-code-invalid} at {@code field} when it is none. */
    public String creditCode(String typed, String field) {
        String code = CreditCode.normalize(typed);
        if (CreditCode.check(code).isPresent()) {
            throw new ProblemException(ProblemType.CREDIT_CODE_INVALID).withFieldError(field);
        }
        return code;
    }

    /** The keyed hash of a typed phone, for a lookup; 400 {@code phone-invalid} at {@code field} when it is none. */
    public String phone(String typed, String field) {
        return pii.blindIndex(Employer.CONTACT_PHONE, canonical(typed, field));
    }

    /** A typed phone sealed for {@code column} of {@code row}; 400 {@code phone-invalid} at {@code field}. */
    public Phone seal(String typed, String field, String column, UUID row) {
        String phone = canonical(typed, field);
        return new Phone(pii.seal(column, row, phone), pii.currentKeyId(), PhoneNumber.mask(phone),
                pii.blindIndex(Employer.CONTACT_PHONE, phone));
    }

    private static String canonical(String typed, String field) {
        Optional<String> phone = PhoneNumber.normalize(typed);
        return phone.orElseThrow(() -> new ProblemException(ProblemType.PHONE_INVALID).withFieldError(field));
    }
}
