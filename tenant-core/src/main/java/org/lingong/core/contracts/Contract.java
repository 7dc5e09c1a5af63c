package org.lingong.core.contracts;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/** The contract of one order: its filled text never changes; both signatures make it SIGNED. */
@Entity
@Table(name = "contract")
class Contract {

    @Id
    private UUID id;
    private UUID orderId;
    private String contractNumber;
    private int templateVersion;
    private String title;
    private String body;
    private String contentHash;
    private UUID workerId;
    private String workerAccountId;
    private UUID employerId;
    private String employerAccountId;
    @Enumerated(EnumType.STRING)
    private ContractStatus status;
    private Instant createdAt;
    private Instant signedAt;
    @Version
    private long version;

    protected Contract() {
    }

    Contract(UUID id, UUID orderId, String contractNumber, int templateVersion, String title, String body,
             ContractParties parties, Instant now) {
        this.id = id;
        this.orderId = orderId;
        this.contractNumber = contractNumber;
        this.templateVersion = templateVersion;
        this.title = title;
        this.body = body;
        this.contentHash = canonicalHash(title, body);
        this.workerId = parties.workerId();
        this.workerAccountId = parties.workerAccountId();
        this.employerId = parties.employerId();
        this.employerAccountId = parties.employerAccountId();
        this.status = ContractStatus.AWAITING_SIGNATURES;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** SHA-256 of the canonical document: title, a blank line, the body, in UTF-8. */
    static String canonicalHash(String title, String body) {
        return Sha256.hex(title + "\n\n" + body);
    }

    /** The hash of the text as stored now; differs from {@link #getContentHash()} when the row was altered. */
    String recomputedHash() {
        return canonicalHash(title, body);
    }

    void signedByBoth(Instant at) {
        this.status = ContractStatus.SIGNED;
        this.signedAt = at;
    }

    /** The side an account signs for, if it is one of the two parties (staff sign for an employer without profile). */
    Optional<SignerRole> roleOf(String accountId) {
        if (workerAccountId.equals(accountId)) {
            return Optional.of(SignerRole.WORKER);
        }
        if (accountId.equals(employerAccountId)) {
            return Optional.of(SignerRole.EMPLOYER);
        }
        return Optional.empty();
    }

    UUID getId() {
        return id;
    }

    boolean hasEmployerAccount() {
        return employerAccountId != null;
    }

    UUID getOrderId() {
        return orderId;
    }

    String getContractNumber() {
        return contractNumber;
    }

    int getTemplateVersion() {
        return templateVersion;
    }

    String getTitle() {
        return title;
    }

    String getBody() {
        return body;
    }

    String getContentHash() {
        return contentHash;
    }

    ContractStatus getStatus() {
        return status;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getSignedAt() {
        return signedAt;
    }
}
