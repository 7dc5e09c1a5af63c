package org.lingong.core.people;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.people.checks.PhoneNumber;
import org.lingong.core.people.checks.ResidentIdNumber;
import org.lingong.core.people.pii.PiiCipher;
import org.lingong.core.people.pii.Sealed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saves, finds, reveals and erases worker profiles; the only place worker ID numbers and phones are (un)sealed. */
@Service
class WorkerProfiles {

    private final WorkerRepository workers;
    private final PiiCipher pii;
    private final AuditLog audit;

    WorkerProfiles(WorkerRepository workers, PiiCipher pii, AuditLog audit) {
        this.workers = workers;
        this.pii = pii;
        this.audit = audit;
    }

    /** Creates or replaces the caller's profile; the profile was validated (checks) before. */
    @Transactional
    Worker save(String accountId, WorkerProfile profile) {
        Worker worker = workers.findByAccountId(accountId).orElseGet(() -> new Worker(accountId));
        Sealed idNumber = null;
        Integer birthYear = null;
        if (profile.idNumber() != null) {
            String number = ResidentIdNumber.normalize(profile.idNumber());
            idNumber = pii.protect(Worker.ID_NUMBER, number, ResidentIdNumber.mask(number));
            String index = idNumber.index();
            if (workers.findByIdNumberIndex(index).filter(other -> !other.getId().equals(worker.getId())).isPresent()) {
                throw new ProblemException(ProblemType.ID_NUMBER_TAKEN);
            }
            birthYear = Integer.valueOf(number.substring(6, 10));
        }
        String phone = PhoneNumber.normalize(profile.phone()).orElseThrow();
        worker.update(profile.realName().strip(), idNumber, birthYear, pii.protect(Worker.PHONE, phone, PhoneNumber.mask(phone)),
                profile.skills().stream().map(String::strip).toList(), profile.categories(), profile.priorityGroups(),
                profile.homeRegionCode());
        Worker saved = workers.save(worker);
        audit.record("worker.profile.saved", saved.getId().toString(), "status=" + saved.getStatus());
        return saved;
    }

    @Transactional(readOnly = true)
    Optional<Worker> findByIdNumber(String idNumber) {
        return workers.findByIdNumberIndex(pii.blindIndex(Worker.ID_NUMBER, ResidentIdNumber.normalize(idNumber)));
    }

    /** The clear name, ID number and phone, for a city administrator who gives a reason; the read is audited. */
    @Transactional
    Identity reveal(UUID id, String reason) {
        Worker worker = workers.findById(id).filter(w -> w.getStatus() != VerificationStatus.ERASED)
                .orElseThrow(() -> new ProblemException(ProblemType.WORKER_NOT_FOUND));
        Identity identity = new Identity(worker.getId(), Map.of(
                "realName", worker.getRealName(),
                "idNumber", worker.getIdNumberSealed() == null ? "" : pii.open(Worker.ID_NUMBER, worker.getIdNumberSealed()),
                "phone", pii.open(Worker.PHONE, worker.getPhoneSealed())));
        audit.record("worker.identity.read", worker.getId().toString(),
                "fields=" + identity.fieldNames() + "; reason=" + reason);
        return identity;
    }

    @Transactional
    void erase(String accountId) {
        Worker worker = workers.findByAccountId(accountId)
                .orElseThrow(() -> new ProblemException(ProblemType.WORKER_NOT_FOUND));
        worker.erase();
        audit.record("worker.erased", worker.getId().toString(), "personal fields erased on the worker's request");
    }
}
