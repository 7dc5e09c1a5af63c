package org.lingong.core.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A contract as the parties and staff see it; {@code documentHash} is what a signer confirms it was shown. */
record ContractDetails(UUID id, UUID orderId, String contractNumber, int templateVersion, String title, String body,
                    String documentHash, ContractStatus status, Instant createdAt, Instant signedAt,
                    List<SignatureDetails> signatures) {

    record SignatureDetails(SignerRole role, String signerAccountId, Instant signedAt, String documentHash,
                         String chainEntryHash) {
    }
}
