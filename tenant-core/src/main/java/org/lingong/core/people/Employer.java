package org.lingong.core.people;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.lingong.core.people.pii.Sealed;

/**
 * An employer in one city, linked to its Keycloak account. Verified only when its credit code passed the format check
 * and a city administrator approved it; a change of legal name or credit code needs approval again. The contact
 * person's name and phone are held only sealed, bound to this row; {@code piiKey} names the key that sealed them.
 */
@Entity
@Table(name = "employer")
class Employer {

    static final String CONTACT_PHONE = "employer.contact_phone";
    static final String CONTACT_NAME = "employer.contact_name";

    @Id
    private UUID id;
    private String accountId;
    private String legalName;
    private String creditCode;
    private boolean creditCodeWarning;
    private byte[] contactNameSealed;
    private String contactNameMasked;
    private byte[] contactPhoneSealed;
    private String contactPhoneIndex;
    private String contactPhoneMasked;
    private String piiKey;
    private String address;
    @Enumerated(EnumType.STRING)
    private VerificationStatus status;
    private Instant verifiedAt;
    private String verifiedBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private int version;

    protected Employer() {
    }

    Employer(String accountId) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.status = VerificationStatus.UNVERIFIED;
        this.createdAt = Instant.now();
    }

    void update(String legalName, String creditCode, boolean creditCodeWarning, Sealed contactName, Sealed contactPhone,
                String address, String piiKey) {
        if (!legalName.equals(this.legalName) || !creditCode.equals(this.creditCode)) {
            this.status = VerificationStatus.UNVERIFIED;
            this.verifiedAt = null;
            this.verifiedBy = null;
        }
        this.legalName = legalName;
        this.creditCode = creditCode;
        this.creditCodeWarning = creditCodeWarning;
        this.contactNameSealed = contactName.value();
        this.contactNameMasked = contactName.masked();
        this.contactPhoneSealed = contactPhone.value();
        this.contactPhoneIndex = contactPhone.index();
        this.contactPhoneMasked = contactPhone.masked();
        this.piiKey = piiKey;
        this.address = address;
        this.updatedAt = Instant.now();
    }

    void verify(String administrator) {
        this.status = VerificationStatus.VERIFIED;
        this.verifiedAt = Instant.now();
        this.verifiedBy = administrator;
    }

    public UUID getId() {
        return id;
    }

    String getAccountId() {
        return accountId;
    }

    /** Whether the employer may publish jobs. */
    public boolean isVerified() {
        return status == VerificationStatus.VERIFIED;
    }

    String getLegalName() {
        return legalName;
    }

    String getCreditCode() {
        return creditCode;
    }

    boolean isCreditCodeWarning() {
        return creditCodeWarning;
    }

    byte[] getContactNameSealed() {
        return contactNameSealed;
    }

    String getContactNameMasked() {
        return contactNameMasked;
    }

    byte[] getContactPhoneSealed() {
        return contactPhoneSealed;
    }

    String getContactPhoneMasked() {
        return contactPhoneMasked;
    }

    String getAddress() {
        return address;
    }

    VerificationStatus getStatus() {
        return status;
    }

    Instant getVerifiedAt() {
        return verifiedAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
