package org.lingong.core.contracts;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An order's contract as evidence of a dispute: its number, state, the hash both sides signed and whether the city's
 * hash chain still vouches for it (verified now, not remembered).
 */
@Component
public class ContractEvidence {

    /** {@code chainProblem} names the first broken link's problem when the chain does not vouch for it. */
    public record Evidence(String contractNumber, String status, String documentHash, Instant signedAt,
                           boolean chainIntact, String chainProblem) {
    }

    private final ContractRepository contracts;
    private final HashChain chain;

    ContractEvidence(ContractRepository contracts, HashChain chain) {
        this.contracts = contracts;
        this.chain = chain;
    }

    @Transactional(readOnly = true)
    public Optional<Evidence> ofOrder(UUID orderId) {
        return contracts.findByOrderId(orderId).map(contract -> {
            ChainVerification verified = chain.verify(contract);
            return new Evidence(contract.getContractNumber(), contract.getStatus().name(), contract.getContentHash(),
                    contract.getSignedAt(), verified.intact(),
                    verified.firstBreak() == null ? null : verified.firstBreak().problem().name());
        });
    }
}
