package org.lingong.core.people;

import java.time.Clock;
import java.time.Duration;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves, finds, reveals and erases worker profiles; the only place worker ID numbers and phones are (un)sealed.
 * <p>
 * Nothing here answers whether an ID number is registered to someone else except the staff lookup, which is audited
 * and limited per staff member: a profile claiming a number another holds is saved like any other, unverified, and
 * reported to the city's staff; a number once given is changed only at a desk, so each probe costs an account.
 */
@Service
class WorkerProfiles {

    static final String LOOKUP = "worker.lookup";
    private static final Logger log = LoggerFactory.getLogger(WorkerProfiles.class);

    private final WorkerRepository workers;
    private final PiiCipher pii;
    private final Unsealing unsealing;
    private final AuditLog audit;
    private final Clock clock;
    private final int lookupLimit;
    private final Duration lookupWindow;

    WorkerProfiles(WorkerRepository workers, PiiCipher pii, Unsealing unsealing, AuditLog audit, Clock clock,
                   @Value("${lingong.people.lookup-limit}") int lookupLimit,
                   @Value("${lingong.people.lookup-window}") Duration lookupWindow) {
        this.workers = workers;
        this.pii = pii;
        this.unsealing = unsealing;
        this.audit = audit;
        this.clock = clock;
        this.lookupLimit = lookupLimit;
        this.lookupWindow = lookupWindow;
    }

    /** Creates or replaces the caller's profile; the profile was validated (checks) before. */
    @Transactional
    Worker save(String accountId, WorkerProfile profile) {
        Worker worker = workers.findByAccountId(accountId).orElseGet(() -> new Worker(accountId));
        Sealed idNumber = null;
        Integer birthYear = null;
        boolean heldElsewhere = false;
        if (profile.idNumber() != null) {
            String number = ResidentIdNumber.normalize(profile.idNumber());
            refuseChangedNumber(worker, number);
            idNumber = pii.protect(Worker.ID_NUMBER, worker.getId(), number, ResidentIdNumber.mask(number));
            heldElsewhere = workers.findByIdNumberIndex(idNumber.index())
                    .filter(other -> !other.getId().equals(worker.getId())).isPresent();
            birthYear = Integer.valueOf(number.substring(6, 10));
        }
        String phone = PhoneNumber.normalize(profile.phone()).orElseThrow();
        String name = profile.realName().strip();
        worker.update(pii.protect(Worker.REAL_NAME, worker.getId(), name, Masking.name(name)), idNumber,
                heldElsewhere, birthYear, pii.protect(Worker.PHONE, worker.getId(), phone, PhoneNumber.mask(phone)),
                profile.skills().stream().map(String::strip).toList(), profile.categories(), profile.priorityGroups(),
                profile.homeRegionCode(), pii.currentKeyId());
        Worker saved = workers.save(worker);
        audit.record("worker.profile.saved", saved.getId().toString(), "status=" + saved.getStatus());
        if (heldElsewhere) {
            audit.record("worker.identity.conflict", saved.getId().toString(),
                    "claims an ID number another profile holds; verify in person");
            log.warn("ALARM worker {} claims an ID number another profile of the city holds", saved.getId());
        }
        return saved;
    }

    /** A number once given changes only at a desk: otherwise one account could try number after number. */
    private void refuseChangedNumber(Worker worker, String number) {
        byte[] given = worker.getIdNumberSealed();
        if (given != null && !unsealing.open(worker.getId(), () -> pii.open(Worker.ID_NUMBER, worker.getId(), given))
                .equals(number)) {
            throw new ProblemException(ProblemType.ID_NUMBER_LOCKED);
        }
    }

    /**
     * A staff member's lookup by ID number: every one is audited, hit or miss, and more than the limit in the window
     * is refused and raised as an alarm — a burst of lookups is someone enumerating numbers, not serving a queue.
     * The refusal's audit entry commits with it.
     */
    @Transactional(noRollbackFor = ProblemException.class)
    Optional<Worker> lookUp(String idNumber) {
        if (audit.countByCaller(LOOKUP, clock.instant().minus(lookupWindow)) >= lookupLimit) {
            audit.record("worker.lookup.refused", "-", "more than " + lookupLimit + " lookups in " + lookupWindow);
            log.warn("ALARM lookup limit reached: {} worker lookups in {} by one staff member", lookupLimit,
                    lookupWindow);
            throw new ProblemException(ProblemType.TOO_MANY_LOOKUPS, lookupLimit, lookupWindow.toMinutes());
        }
        Optional<Worker> found = workers.findByIdNumberIndex(
                pii.blindIndex(Worker.ID_NUMBER, ResidentIdNumber.normalize(idNumber)));
        audit.record(LOOKUP, found.map(w -> w.getId().toString()).orElse("-"), found.isPresent() ? "found" : "none");
        return found;
    }

    /**
     * The clear name, ID number and phone, for a city administrator who gives a reason; the read is audited, and so
     * is a value that does not open (altered, or moved from another row), which also raises an alarm.
     */
    @Transactional(noRollbackFor = ProblemException.class)
    Identity reveal(UUID id, String reason) {
        Worker worker = workers.findById(id).filter(w -> w.getStatus() != VerificationStatus.ERASED)
                .orElseThrow(() -> new ProblemException(ProblemType.WORKER_NOT_FOUND));
        UUID row = worker.getId();
        Identity identity = unsealing.open(row, () -> new Identity(row, Map.of(
                "realName", pii.open(Worker.REAL_NAME, row, worker.getRealNameSealed()),
                "idNumber", worker.getIdNumberSealed() == null ? "" : pii.open(Worker.ID_NUMBER, row,
                        worker.getIdNumberSealed()),
                "phone", pii.open(Worker.PHONE, row, worker.getPhoneSealed()))));
        audit.record("worker.identity.read", row.toString(), "fields=" + identity.fieldNames() + "; reason=" + reason);
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
