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
 * An employer in one city, linked to its Keycloak account. Verified only when staff approved its profile and business
 * licence from the queue (PENDING); a change of legal name, credit code or licence needs approval again. The contact
 * person's name and phone are held only sealed, bound to this row; {@code piiKey} names the key that sealed them.
 */
@Entity
@Table(name = "employer")
class Employer {

    static final String CONTACT_PHONE = "employer.contact_phone";
    static final String CONTACT_NAME = "employer.contact_name";
    static final String LEGAL_REPRESENTATIVE = "employer.legal_representative";

    @Id
    private UUID id;
    private String accountId;
    private String legalName;
    private String creditCode;
    private byte[] legalRepresentativeSealed;
    private String legalRepresentativeMasked;
    private byte[] contactNameSealed;
    private String contactNameMasked;
    private byte[] contactPhoneSealed;
    private String contactPhoneIndex;
    private String contactPhoneMasked;
    private String piiKey;
    private String address;
    @Enumerated(EnumType.STRING)
    private VerificationStatus status;
    @Enumerated(EnumType.STRING)
    private VerificationReason statusReason;
    private String statusNote;
    private Instant submittedAt;
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

    /** Replaces the profile; a new legal name or credit code of a verified employer needs review again. */
    void update(String legalName, String creditCode, Sealed legalRepresentative, Sealed contactName,
                Sealed contactPhone, String address, String piiKey) {
        if (status == VerificationStatus.VERIFIED
                && (!legalName.equals(this.legalName) || !creditCode.equals(this.creditCode))) {
            decided(VerificationStatus.UNVERIFIED, null, null);
        }
        this.legalName = legalName;
        this.creditCode = creditCode;
        this.legalRepresentativeSealed = legalRepresentative.value();
        this.legalRepresentativeMasked = legalRepresentative.masked();
        this.contactNameSealed = contactName.value();
        this.contactNameMasked = contactName.masked();
        this.contactPhoneSealed = contactPhone.value();
        this.contactPhoneIndex = contactPhone.index();
        this.contactPhoneMasked = contactPhone.masked();
        this.piiKey = piiKey;
        this.address = address;
        this.updatedAt = Instant.now();
    }

    /**
     * The profile with its licence goes to the queue, unless it is there already (it keeps its place) or verified
     * with the same registration (a new contact or address needs no review).
     */
    void submit(Instant at) {
        if (status != VerificationStatus.PENDING && status != VerificationStatus.VERIFIED) {
            decided(VerificationStatus.PENDING, null, null);
            this.submittedAt = at;
        }
    }

    /** A new licence is reviewed again, even for a verified employer. */
    void resubmit(Instant at) {
        if (status != VerificationStatus.PENDING) {
            decided(VerificationStatus.PENDING, null, null);
            this.submittedAt = at;
        }
    }

    void approved(String staff, Instant at) {
        decided(VerificationStatus.VERIFIED, null, null);
        this.verifiedBy = staff;
        this.verifiedAt = at;
    }

    void rejected(String note) {
        decided(VerificationStatus.REJECTED, VerificationReason.REFUSED_AT_DESK, note);
    }

    void moreRequested(String note) {
        decided(VerificationStatus.UNVERIFIED, VerificationReason.MORE_REQUESTED, note);
    }

    /** Who decided what and when is in the audit trail; the row keeps the outcome and the note the employer reads. */
    private void decided(VerificationStatus status, VerificationReason reason, String note) {
        this.status = status;
        this.statusReason = reason;
        this.statusNote = note;
        this.verifiedBy = null;
        this.verifiedAt = null;
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

    byte[] getLegalRepresentativeSealed() {
        return legalRepresentativeSealed;
    }

    String getLegalRepresentativeMasked() {
        return legalRepresentativeMasked;
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

    String getContactPhoneIndex() {
        return contactPhoneIndex;
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

    VerificationReason getStatusReason() {
        return statusReason;
    }

    String getStatusNote() {
        return statusNote;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Instant getVerifiedAt() {
        return verifiedAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
