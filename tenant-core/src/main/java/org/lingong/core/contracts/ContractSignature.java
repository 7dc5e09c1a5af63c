package org.lingong.core.contracts;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One side's click-to-sign: the authenticated account, when, and the document hash it signed. */
@Entity
@Table(name = "contract_signature")
@IdClass(ContractSignature.Key.class)
class ContractSignature {

    record Key(UUID contractId, SignerRole role) implements Serializable {
    }

    @Id
    private UUID contractId;
    @Id
    @Enumerated(EnumType.STRING)
    private SignerRole role;
    private String signerAccountId;
    private Instant signedAt;
    private String documentHash;

    protected ContractSignature() {
    }

    ContractSignature(UUID contractId, SignerRole role, String signerAccountId, Instant signedAt, String documentHash) {
        this.contractId = contractId;
        this.role = role;
        this.signerAccountId = signerAccountId;
        this.signedAt = signedAt;
        this.documentHash = documentHash;
    }

    /** What the chain records of this signature; recomputed from the row when the chain is verified. */
    String chainData() {
        return "contract=" + contractId + ";role=" + role + ";signer=" + signerAccountId + ";signedAt=" + signedAt
                + ";documentHash=" + documentHash;
    }

    UUID getContractId() {
        return contractId;
    }

    SignerRole getRole() {
        return role;
    }

    String getSignerAccountId() {
        return signerAccountId;
    }

    Instant getSignedAt() {
        return signedAt;
    }

    String getDocumentHash() {
        return documentHash;
    }
}
