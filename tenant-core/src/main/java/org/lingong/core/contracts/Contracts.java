package org.lingong.core.contracts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.contracts.ContractDetails.SignatureDetails;
import org.lingong.core.jobs.Jobs;
import org.lingong.core.orders.OrderLifecycle;
import org.lingong.core.orders.OrderStatus;
import org.lingong.core.orders.OrderDetails;
import org.lingong.core.people.Parties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One contract per order: made from the current template when the order is confirmed, or on first request; readable
 * by the order's worker, its employer and the city's staff; signed by each side once. Every read, signature and
 * verification is audited.
 */
@Service
class Contracts {

    /** Orders that can no longer get a contract or a signature. */
    private static final Set<OrderStatus> ENDED = Set.of(OrderStatus.CANCELLED, OrderStatus.NO_SHOW);

    /** The authenticated caller: its account (token subject) and whether it is staff of the city. */
    record Caller(String account, boolean staff) {
    }

    private final ContractRepository contracts;
    private final ContractSignatureRepository signatures;
    private final ContractTemplates templates;
    private final ContractDrafts drafts;
    private final HashChain chain;
    private final Parties parties;
    private final Jobs jobs;
    private final OrderLifecycle orders;
    private final AuditLog audit;
    private final Clock clock;

    Contracts(ContractRepository contracts, ContractSignatureRepository signatures, ContractTemplates templates,
              ContractDrafts drafts, HashChain chain, Parties parties, Jobs jobs, OrderLifecycle orders,
              AuditLog audit, Clock clock) {
        this.contracts = contracts;
        this.signatures = signatures;
        this.templates = templates;
        this.drafts = drafts;
        this.chain = chain;
        this.parties = parties;
        this.jobs = jobs;
        this.orders = orders;
        this.audit = audit;
        this.clock = clock;
    }

    /** The order's contract, made now if it has none yet. */
    @Transactional
    ContractDetails read(UUID orderId, Caller caller) {
        Contract contract = open(orderId, caller);
        audit.record("contract.view", contract.getId().toString(), "order=" + orderId);
        return details(contract);
    }

    /** The contract for a document rendering (the PDF), audited as such. */
    @Transactional
    ContractDetails readForDownload(UUID orderId, Caller caller) {
        Contract contract = open(orderId, caller);
        audit.record("contract.download", contract.getId().toString(), "order=" + orderId);
        return details(contract);
    }

    /**
     * Click-to-sign. The signer sends the document hash it was shown; a different hash (the text changed since) is
     * refused. Signatures are chained under the city's chain lock, so the second signature, which makes the contract
     * SIGNED and chains it, is seen by exactly one of two sides signing at once.
     */
    @Transactional
    ContractDetails sign(UUID orderId, Caller caller, String shownHash) {
        chain.lock();
        Contract contract = open(orderId, caller);
        SignerRole role = contract.roleOf(caller.account())
                .or(() -> caller.staff() && !contract.hasEmployerAccount() ? Optional.of(SignerRole.EMPLOYER)
                        : Optional.empty())
                .orElseThrow(() -> new ProblemException(ProblemType.CONTRACT_NOT_SIGNER));
        requireOrderLive(orderId);
        if (!contract.recomputedHash().equals(contract.getContentHash())) {
            throw new ProblemException(ProblemType.CONTRACT_TAMPERED);
        }
        if (!contract.getContentHash().equals(shownHash)) {
            throw new ProblemException(ProblemType.CONTRACT_HASH_MISMATCH)
                    .with("documentHash", contract.getContentHash());
        }
        if (signatures.existsById(new ContractSignature.Key(contract.getId(), role))) {
            throw new ProblemException(ProblemType.CONTRACT_ALREADY_SIGNED, role.name());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ContractSignature signature = signatures.saveAndFlush(
                new ContractSignature(contract.getId(), role, caller.account(), now, contract.getContentHash()));
        chain.appendSignature(contract, signature, now);
        List<ContractSignature> all = signatures.findByContractIdOrderByRole(contract.getId());
        if (all.size() == SignerRole.values().length) {
            contract.signedByBoth(now);
            contracts.saveAndFlush(contract);
            chain.appendSigned(contract, all, now);
        }
        audit.record("contract.sign", contract.getId().toString(), "order=" + orderId + "; role=" + role);
        return details(contract);
    }

    /** Verifies one order's contract; the contract must exist (verification never makes one). */
    @Transactional
    ChainVerification verify(UUID orderId, Caller caller) {
        Contract contract = contracts.findByOrderId(orderId)
                .orElseThrow(() -> new ProblemException(ProblemType.CONTRACT_NOT_FOUND));
        requireReader(orders.find(orderId), caller);
        audit.record("contract.verify", contract.getId().toString(), "order=" + orderId);
        return chain.verify(contract);
    }

    @Transactional
    ChainVerification verifyAll() {
        audit.record("contract-chain.verify", "contract-chain", null);
        return chain.verifyAll();
    }

    /** Makes the order's contract unless it has one; for the order's confirmation, inside its transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void generateFor(UUID orderId) {
        if (contracts.findByOrderId(orderId).isEmpty()) {
            generate(orderId);
        }
    }

    private Contract open(UUID orderId, Caller caller) {
        OrderDetails order = orders.find(orderId);
        requireReader(order, caller);
        return contracts.findByOrderId(orderId).orElseGet(() -> generate(orderId));
    }

    /** Locks the order while its contract is made, so two first requests at once make one contract. */
    private Contract generate(UUID orderId) {
        OrderDetails order = orders.findLocked(orderId);
        Optional<Contract> madeMeanwhile = contracts.findByOrderId(orderId);
        if (madeMeanwhile.isPresent()) {
            return madeMeanwhile.get();
        }
        if (ENDED.contains(order.status())) {
            throw new ProblemException(ProblemType.CONTRACT_ORDER_ENDED, order.status().name());
        }
        Contract contract = contracts.saveAndFlush(drafts.draft(order, jobs.find(order.jobId()), templates.current(),
                clock.instant()));
        audit.record("contract.generate", contract.getId().toString(),
                "order=" + orderId + "; template=" + contract.getTemplateVersion());
        return contract;
    }

    private void requireOrderLive(UUID orderId) {
        OrderDetails order = orders.find(orderId);
        if (ENDED.contains(order.status())) {
            throw new ProblemException(ProblemType.CONTRACT_ORDER_ENDED, order.status().name());
        }
    }

    /** The order's worker, its employer, or staff of the city; anyone else is told there is no such order. */
    private void requireReader(OrderDetails order, Caller caller) {
        if (caller.staff()) {
            return;
        }
        boolean worker = parties.worker(order.workerId()).map(w -> w.accountId().equals(caller.account()))
                .orElse(false);
        boolean employer = order.employerId() != null && parties.employer(order.employerId())
                .map(e -> e.accountId().equals(caller.account())).orElse(false);
        if (!worker && !employer) {
            throw new ProblemException(ProblemType.ORDER_NOT_FOUND);
        }
    }

    private ContractDetails details(Contract contract) {
        Map<SignerRole, String> chained = chain.signatureEntries(contract.getId());
        List<SignatureDetails> signed = signatures.findByContractIdOrderByRole(contract.getId()).stream()
                .map(s -> new SignatureDetails(s.getRole(), s.getSignerAccountId(), s.getSignedAt(), s.getDocumentHash(),
                        chained.get(s.getRole())))
                .collect(Collectors.toList());
        return new ContractDetails(contract.getId(), contract.getOrderId(), contract.getContractNumber(),
                contract.getTemplateVersion(), contract.getTitle(), contract.getBody(), contract.getContentHash(),
                contract.getStatus(), contract.getCreatedAt(), contract.getSignedAt(), signed);
    }
}
