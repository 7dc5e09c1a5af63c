package org.lingong.core.contracts;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One link of the city's contract chain (see {@link HashChain}). */
@Entity
@Table(name = "contract_chain")
class ChainEntry {

    enum Kind { SIGNATURE, CONTRACT_SIGNED }

    /** The previous hash of the first entry. */
    static final String GENESIS = "0".repeat(64);

    @Id
    private long seq;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private UUID contractId;
    @Enumerated(EnumType.STRING)
    private SignerRole role;
    private String contentHash;
    private String signatureData;
    private Instant recordedAt;
    private String previousHash;
    private String entryHash;
    private String keyId;

    protected ChainEntry() {
    }

    ChainEntry(long seq, Kind kind, UUID contractId, SignerRole role, String contentHash, String signatureData,
               Instant recordedAt, String previousHash, ChainKeys keys) {
        this.seq = seq;
        this.kind = kind;
        this.contractId = contractId;
        this.role = role;
        this.contentHash = contentHash;
        this.signatureData = signatureData;
        this.recordedAt = recordedAt;
        this.previousHash = previousHash;
        this.keyId = keys.currentId();
        this.entryHash = computeHash(keys).orElseThrow();
    }

    /** The entry's hash recomputed under the key it names; empty when that key is not configured (or it names none). */
    Optional<String> computeHash(ChainKeys keys) {
        return keys.mac(keyId, signedText(keyId, previousHash, contentHash, signatureData, recordedAt));
    }

    /** What the key signs: key id ‖ previous hash ‖ content hash ‖ signature data ‖ time, joined by U+001F. */
    static String signedText(String keyId, String previousHash, String contentHash, String signatureData,
                             Instant recordedAt) {
        return String.join("\u001f", keyId, previousHash, contentHash, signatureData, recordedAt.toString());
    }

    long getSeq() {
        return seq;
    }

    Kind getKind() {
        return kind;
    }

    UUID getContractId() {
        return contractId;
    }

    SignerRole getRole() {
        return role;
    }

    String getContentHash() {
        return contentHash;
    }

    String getSignatureData() {
        return signatureData;
    }

    String getPreviousHash() {
        return previousHash;
    }

    String getEntryHash() {
        return entryHash;
    }

    String getKeyId() {
        return keyId;
    }
}
