package org.lingong.core.people;

import java.util.Optional;
import java.util.UUID;
import org.lingong.core.people.checks.CreditCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two sides of an order as documents name them, e.g. a contract: the worker's name and ID number masked, the
 * employer's legal name with its credit code masked, and the accounts that act for them. No clear personal data leaves.
 */
@Component
public class Parties {

    public record WorkerParty(UUID id, String accountId, String maskedName, String maskedIdNumber) {
    }

    public record EmployerParty(UUID id, String accountId, String legalName, String maskedCreditCode) {
    }

    private final WorkerRepository workers;
    private final EmployerRepository employers;

    Parties(WorkerRepository workers, EmployerRepository employers) {
        this.workers = workers;
        this.employers = employers;
    }

    @Transactional(readOnly = true)
    public Optional<WorkerParty> worker(UUID id) {
        return workers.findById(id).map(w -> new WorkerParty(w.getId(), w.getAccountId(), w.getRealNameMasked(),
                w.getIdNumberMasked()));
    }

    @Transactional(readOnly = true)
    public Optional<EmployerParty> employer(UUID id) {
        return employers.findById(id).map(e -> new EmployerParty(e.getId(), e.getAccountId(), e.getLegalName(),
                CreditCode.mask(e.getCreditCode())));
    }
}
