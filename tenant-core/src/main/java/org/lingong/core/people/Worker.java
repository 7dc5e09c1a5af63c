package org.lingong.core.people;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.lingong.core.people.pii.Sealed;

/**
 * A worker's profile in one city, linked to the national Keycloak account by its subject. Name, ID number and phone are
 * held only sealed, bound to this row, with their masked form (and a blind index for number and phone); {@code piiKey}
 * names the key that sealed them.
 */
@Entity
@Table(name = "worker")
class Worker {

    static final String ID_NUMBER = "worker.id_number";
    static final String PHONE = "worker.phone";
    static final String REAL_NAME = "worker.real_name";

    @Id
    private UUID id;
    private String accountId;
    private byte[] realNameSealed;
    private String realNameMasked;
    private byte[] idNumberSealed;
    private String idNumberIndex;
    private String idNumberMasked;
    private Integer birthYear;
    private byte[] phoneSealed;
    private String phoneIndex;
    private String phoneMasked;
    private String piiKey;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> skills = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> categories = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> priorityGroups = new ArrayList<>();
    private String homeRegionCode;
    @Enumerated(EnumType.STRING)
    private VerificationStatus status;
    @Enumerated(EnumType.STRING)
    private VerificationReason statusReason;
    private String statusNote;
    @Enumerated(EnumType.STRING)
    private VerificationMethod verificationMethod;
    private String verifiedBy;
    private Instant verifiedAt;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private int version;

    protected Worker() {
    }

    Worker(String accountId) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.status = VerificationStatus.UNVERIFIED;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /**
     * Replaces the profile's data; the status is decided apart ({@link #verified}, {@link #pending}, ...). A number
     * another profile holds is kept sealed without its index ({@code indexed} false), so the holder keeps it.
     */
    void update(Sealed realName, Sealed idNumber, boolean indexed, Integer birthYear, Sealed phone,
                List<String> skills, List<String> categories, List<PriorityGroup> priorityGroups,
                String homeRegionCode, String piiKey) {
        this.realNameSealed = realName.value();
        this.realNameMasked = realName.masked();
        this.idNumberSealed = idNumber == null ? null : idNumber.value();
        this.idNumberIndex = idNumber == null || !indexed ? null : idNumber.index();
        this.idNumberMasked = idNumber == null ? null : idNumber.masked();
        this.birthYear = birthYear;
        this.phoneSealed = phone.value();
        this.phoneIndex = phone.index();
        this.phoneMasked = phone.masked();
        this.piiKey = piiKey;
        this.skills = new ArrayList<>(skills.stream().distinct().toList());
        this.categories = new ArrayList<>(categories.stream().distinct().toList());
        this.priorityGroups = new ArrayList<>(priorityGroups.stream().distinct().map(PriorityGroup::name).toList());
        this.homeRegionCode = homeRegionCode;
        this.updatedAt = Instant.now();
    }

    void unverified() {
        decided(VerificationStatus.UNVERIFIED, null, null);
    }

    void pending(VerificationReason reason) {
        decided(VerificationStatus.PENDING, reason, null);
    }

    void rejected(VerificationReason reason, String note) {
        decided(VerificationStatus.REJECTED, reason, note);
    }

    void verified(VerificationMethod method, String by, Instant at) {
        decided(VerificationStatus.VERIFIED, null, null);
        this.verificationMethod = method;
        this.verifiedBy = by;
        this.verifiedAt = at;
    }

    private void decided(VerificationStatus status, VerificationReason reason, String note) {
        this.status = status;
        this.statusReason = reason;
        this.statusNote = note;
        this.verificationMethod = null;
        this.verifiedBy = null;
        this.verifiedAt = null;
        this.updatedAt = Instant.now();
    }

    /** The number's index, for the profile whose holder proved the card at a desk; null when not indexed. */
    String getIdNumberIndex() {
        return idNumberIndex;
    }

    void indexNumber(String index) {
        this.idNumberIndex = index;
    }

    /** Another profile proved the number at a desk: this one keeps it sealed, unindexed, and waits for a desk. */
    void yieldNumber() {
        this.idNumberIndex = null;
        pending(VerificationReason.NUMBER_PROVEN_BY_ANOTHER);
    }

    /**
     * Erases everything that identifies the person, and the link to the account; keeps birth year, region, categories
     * and priority groups, anonymised, for the city's statistics.
     */
    void erase() {
        this.accountId = "erased:" + id;
        this.realNameSealed = null;
        this.realNameMasked = null;
        this.idNumberSealed = null;
        this.idNumberIndex = null;
        this.idNumberMasked = null;
        this.phoneSealed = null;
        this.phoneIndex = null;
        this.phoneMasked = null;
        this.piiKey = null;
        this.skills = new ArrayList<>();
        decided(VerificationStatus.ERASED, null, null);
        this.updatedAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    String getAccountId() {
        return accountId;
    }

    public boolean isVerified() {
        return status == VerificationStatus.VERIFIED;
    }

    int getVersion() {
        return version;
    }

    byte[] getRealNameSealed() {
        return realNameSealed;
    }

    String getRealNameMasked() {
        return realNameMasked;
    }

    byte[] getIdNumberSealed() {
        return idNumberSealed;
    }

    String getIdNumberMasked() {
        return idNumberMasked;
    }

    byte[] getPhoneSealed() {
        return phoneSealed;
    }

    String getPhoneMasked() {
        return phoneMasked;
    }

    List<String> getSkills() {
        return List.copyOf(skills);
    }

    List<String> getCategories() {
        return List.copyOf(categories);
    }

    List<String> getPriorityGroups() {
        return List.copyOf(priorityGroups);
    }

    String getHomeRegionCode() {
        return homeRegionCode;
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

    VerificationMethod getVerificationMethod() {
        return verificationMethod;
    }

    Instant getVerifiedAt() {
        return verifiedAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
