package org.lingong.core.contracts;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lingong.core.contracts.ChainEntry.Kind;
import org.lingong.core.contracts.ChainVerification.Break;
import org.lingong.core.contracts.ChainVerification.Problem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city's tamper-evidence chain over signatures and signed contracts. Each entry's hash is an HMAC, under a key held
 * outside the database, over the previous entry's hash, the hash of the contract text and the signature data: changing
 * any signed row, or any chain row, shows up when the chain is recomputed from the stored contracts and signatures, and
 * recomputing the chain after such a change needs the key (docs/security.md says what this does and does not prove).
 */
@Component
class HashChain {

    private final ChainEntryRepository entries;
    private final ContractRepository contracts;
    private final ContractSignatureRepository signatures;
    private final ChainKeys keys;

    HashChain(ChainEntryRepository entries, ContractRepository contracts, ContractSignatureRepository signatures,
              ChainKeys keys) {
        this.entries = entries;
        this.contracts = contracts;
        this.signatures = signatures;
        this.keys = keys;
    }

    /** Takes the city's append lock until the transaction ends; callers take it before reading what they chain. */
    @Transactional(propagation = Propagation.MANDATORY)
    void lock() {
        entries.lockForAppend();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    ChainEntry appendSignature(Contract contract, ContractSignature signature, Instant at) {
        return append(Kind.SIGNATURE, contract, signature.getRole(), signature.chainData(), at);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    ChainEntry appendSigned(Contract contract, List<ContractSignature> both, Instant at) {
        return append(Kind.CONTRACT_SIGNED, contract, null, signedData(contract, both), at);
    }

    private ChainEntry append(Kind kind, Contract contract, SignerRole role, String data, Instant at) {
        Optional<ChainEntry> last = entries.findFirstByOrderBySeqDesc();
        ChainEntry entry = new ChainEntry(last.map(e -> e.getSeq() + 1).orElse(1L), kind, contract.getId(), role,
                contract.getContentHash(), data, at, last.map(ChainEntry::getEntryHash).orElse(ChainEntry.GENESIS), keys);
        return entries.saveAndFlush(entry);
    }

    /** The entry hash that chained each of a contract's signatures. */
    @Transactional(readOnly = true)
    Map<SignerRole, String> signatureEntries(UUID contractId) {
        return entries.findByContractIdOrderBySeq(contractId).stream().filter(e -> e.getKind() == Kind.SIGNATURE)
                .collect(Collectors.toMap(ChainEntry::getRole, ChainEntry::getEntryHash, (first, later) -> later));
    }

    /** Walks the whole chain from its first entry, then looks for signatures and signed contracts it never recorded. */
    @Transactional(readOnly = true)
    ChainVerification verifyAll() {
        Map<UUID, Contract> seen = new HashMap<>();
        String previous = ChainEntry.GENESIS;
        long checked = 0;
        try (Stream<ChainEntry> all = entries.streamAllByOrderBySeq()) {
            for (ChainEntry entry : (Iterable<ChainEntry>) all::iterator) {
                Contract contract = seen.computeIfAbsent(entry.getContractId(),
                        id -> contracts.findById(id).orElse(null));
                Optional<Problem> problem = check(entry, previous, contract);
                if (problem.isPresent()) {
                    return ChainVerification.broken(checked, breakAt(entry, contract, problem.get()));
                }
                previous = entry.getEntryHash();
                checked++;
            }
        }
        long walked = checked;
        Optional<Contract> unchained = signatures.findUnchained().stream().findFirst()
                .flatMap(signature -> contracts.findById(signature.getContractId()))
                .or(() -> contracts.findSignedUnchained().stream().findFirst());
        return unchained.map(contract -> ChainVerification.broken(walked, breakAt(null, contract, Problem.NOT_CHAINED)))
                .orElse(ChainVerification.intact(walked));
    }

    /**
     * Checks one contract: its text against its stored hash, each of its entries against the entry before it in the
     * city's chain, and that each of its signatures (and its SIGNED state) was chained.
     */
    @Transactional(readOnly = true)
    ChainVerification verify(Contract contract) {
        if (!contract.recomputedHash().equals(contract.getContentHash())) {
            return ChainVerification.broken(0, breakAt(null, contract, Problem.CONTENT_CHANGED));
        }
        List<ChainEntry> own = entries.findByContractIdOrderBySeq(contract.getId());
        long checked = 0;
        for (ChainEntry entry : own) {
            String previous = entries.findFirstBySeqLessThanOrderBySeqDesc(entry.getSeq())
                    .map(ChainEntry::getEntryHash).orElse(ChainEntry.GENESIS);
            Optional<Problem> problem = check(entry, previous, contract);
            if (problem.isPresent()) {
                return ChainVerification.broken(checked, breakAt(entry, contract, problem.get()));
            }
            checked++;
        }
        boolean allChained = signatures.findByContractIdOrderByRole(contract.getId()).stream()
                .allMatch(s -> own.stream().anyMatch(e -> e.getKind() == Kind.SIGNATURE && e.getRole() == s.getRole()))
                && (contract.getStatus() != ContractStatus.SIGNED
                    || own.stream().anyMatch(e -> e.getKind() == Kind.CONTRACT_SIGNED));
        return allChained ? ChainVerification.intact(checked)
                : ChainVerification.broken(checked, breakAt(null, contract, Problem.NOT_CHAINED));
    }

    private Optional<Problem> check(ChainEntry entry, String expectedPrevious, Contract contract) {
        if (!entry.getPreviousHash().equals(expectedPrevious)) {
            return Optional.of(Problem.LINK_BROKEN);
        }
        Optional<String> recomputed = entry.computeHash(keys);
        if (recomputed.isEmpty()) {
            return Optional.of(Problem.KEY_UNKNOWN);
        }
        if (!recomputed.get().equals(entry.getEntryHash())) {
            return Optional.of(Problem.ENTRY_CHANGED);
        }
        if (contract == null) {
            return Optional.of(Problem.RECORD_MISSING);
        }
        if (!contract.recomputedHash().equals(entry.getContentHash())) {
            return Optional.of(Problem.CONTENT_CHANGED);
        }
        Optional<String> recorded = switch (entry.getKind()) {
            case SIGNATURE -> signatures.findById(new ContractSignature.Key(contract.getId(), entry.getRole()))
                    .map(ContractSignature::chainData);
            case CONTRACT_SIGNED -> Optional.of(signedData(contract,
                    signatures.findByContractIdOrderByRole(contract.getId())));
        };
        if (recorded.isEmpty()) {
            return Optional.of(Problem.RECORD_MISSING);
        }
        return recorded.get().equals(entry.getSignatureData()) ? Optional.empty()
                : Optional.of(Problem.SIGNATURE_CHANGED);
    }

    /** The signed contract's chain data: its id, when it became SIGNED, and both signatures. */
    private static String signedData(Contract contract, List<ContractSignature> both) {
        return "contract=" + contract.getId() + ";signedAt=" + contract.getSignedAt() + ";signatures="
                + both.stream().map(ContractSignature::chainData).collect(Collectors.joining("|"));
    }

    private static Break breakAt(ChainEntry entry, Contract contract, Problem problem) {
        return new Break(entry == null ? null : entry.getSeq(), contract == null ? entry.getContractId()
                : contract.getId(), contract == null ? null : contract.getOrderId(), problem);
    }
}
