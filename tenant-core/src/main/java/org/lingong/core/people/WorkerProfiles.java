package org.lingong.core.people;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.people.checks.PhoneNumber;
import org.lingong.core.people.checks.ResidentIdNumber;
import org.lingong.core.people.pii.PiiCipher;
import org.lingong.core.people.pii.Sealed;
import org.lingong.core.people.realname.RealNameCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves, verifies, finds, reveals and erases worker profiles; the only place worker names, ID numbers and phones are
 * (un)sealed.
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
    private final RealNameCheck realName;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final PiiCipher pii;
    private final Unsealing unsealing;
    private final AuditLog audit;
    private final Clock clock;
    private final int lookupLimit;
    private final Duration lookupWindow;

    WorkerProfiles(WorkerRepository workers, RealNameCheck realName, PlatformTransactionManager transactions,
                   PiiCipher pii, Unsealing unsealing, AuditLog audit, Clock clock,
                   @Value("${lingong.people.lookup-limit}") int lookupLimit,
                   @Value("${lingong.people.lookup-window}") Duration lookupWindow) {
        this.workers = workers;
        this.realName = realName;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.pii = pii;
        this.unsealing = unsealing;
        this.audit = audit;
        this.clock = clock;
        this.lookupLimit = lookupLimit;
        this.lookupWindow = lookupWindow;
    }

    /**
     * Creates or replaces the caller's profile (validated before) and decides its status: no number ever given,
     * unverified; a number another profile holds, pending for a desk; otherwise the authority's answer, asked outside
     * any transaction — unless the profile is verified already with the same name and number. A save without the
     * number keeps the one on record and checks the name against it, so a new name is never verified by an old match.
     */
    Worker save(String accountId, WorkerProfile profile) {
        String name = profile.realName().strip();
        OnRecord record = readOnly.execute(tx -> onRecord(accountId));
        // Forms hold only the number's mask: a save without it keeps the one on record, which the name is checked with.
        String number = profile.idNumber() == null ? record.number() : ResidentIdNumber.normalize(profile.idNumber());
        // A number once given changes only at a desk (otherwise one account could try number after number); refused
        // before the authority is asked, which costs the city money per question.
        if (record.number() != null && !record.number().equals(number)) {
            throw new ProblemException(ProblemType.ID_NUMBER_LOCKED);
        }
        RealNameCheck.Outcome outcome = number == null || record.verifiedAs(name, number) ? null
                : realName.check(name, number);
        return transaction.execute(tx -> write(accountId, profile, name, number, record, outcome));
    }

    /** What the caller's profile holds now, opened once: its number, and its name if verified. */
    private OnRecord onRecord(String accountId) {
        return workers.findByAccountId(accountId).map(w -> unsealing.open(w.getId(), () -> new OnRecord(w.getVersion(),
                w.getIdNumberSealed() == null ? null : pii.open(Worker.ID_NUMBER, w.getId(), w.getIdNumberSealed()),
                w.getStatus() == VerificationStatus.VERIFIED
                        ? pii.open(Worker.REAL_NAME, w.getId(), w.getRealNameSealed()) : null)))
                .orElse(OnRecord.NONE);
    }

    private record OnRecord(Integer version, String number, String verifiedName) {
        static final OnRecord NONE = new OnRecord(null, null, null);

        boolean verifiedAs(String name, String number) {
            return verifiedName != null && verifiedName.equals(name) && number.equals(this.number);
        }
    }

    private Worker write(String accountId, WorkerProfile profile, String name, String number, OnRecord record,
                         RealNameCheck.Outcome outcome) {
        Optional<Worker> existing = workers.findByAccountId(accountId);
        // The status is decided from what was read before the authority was asked: a desk's decision or a re-seal in
        // between makes this save a conflict the caller retries, never a silent overwrite.
        if (!Objects.equals(record.version(), existing.map(Worker::getVersion).orElse(null))) {
            throw new OptimisticLockingFailureException("worker of " + accountId + " changed while saving");
        }
        Worker worker = existing.orElseGet(() -> new Worker(accountId));
        Sealed idNumber = null;
        Integer birthYear = null;
        boolean heldElsewhere = false;
        if (number != null) {
            idNumber = pii.protect(Worker.ID_NUMBER, worker.getId(), number, ResidentIdNumber.mask(number));
            heldElsewhere = workers.findByIdNumberIndex(idNumber.index())
                    .filter(other -> !other.getId().equals(worker.getId())).isPresent();
            birthYear = Integer.valueOf(number.substring(6, 10));
        }
        String phone = PhoneNumber.normalize(profile.phone()).orElseThrow();
        worker.update(pii.protect(Worker.REAL_NAME, worker.getId(), name, Masking.name(name)), idNumber,
                !heldElsewhere, birthYear, pii.protect(Worker.PHONE, worker.getId(), phone, PhoneNumber.mask(phone)),
                profile.skills().stream().map(String::strip).toList(), profile.categories(), profile.priorityGroups(),
                profile.homeRegionCode(), pii.currentKeyId());
        if (number == null) {
            worker.unverified();
        } else if (heldElsewhere) {
            worker.pending(VerificationReason.NUMBER_CLAIMED);
        } else if (outcome != null) {
            switch (outcome) {
                case MATCH -> worker.verified(VerificationMethod.AUTHORITATIVE, realName.source(), clock.instant());
                case MISMATCH -> worker.rejected(VerificationReason.NAME_NUMBER_MISMATCH, null);
                case UNAVAILABLE -> worker.pending(VerificationReason.CHECK_UNAVAILABLE);
            }
        }
        Worker saved = workers.save(worker);
        audit.record("worker.profile.saved", saved.getId().toString(), "status=" + saved.getStatus()
                + (saved.getStatusReason() == null ? "" : ", reason=" + saved.getStatusReason())
                + (outcome == null ? "" : ", check=" + realName.source() + ":" + outcome));
        if (heldElsewhere) {
            audit.record("worker.identity.conflict", saved.getId().toString(),
                    "claims an ID number another profile holds; verify in person");
            log.warn("ALARM worker {} claims an ID number another profile of the city holds", saved.getId());
        }
        return saved;
    }

    /**
     * A desk's decision, the person and the card in front of the staff member: verify in person, or refuse with a
     * note the worker reads. Verifying a number another profile holds gives it to this one, the card's holder; the
     * other profile keeps it sealed, unindexed, and waits for a desk (both audited).
     */
    @Transactional
    Worker decide(UUID id, Decision decision, String note, String staff) {
        Worker worker = workers.findById(id).filter(w -> w.getStatus() != VerificationStatus.ERASED)
                .orElseThrow(() -> new ProblemException(ProblemType.WORKER_NOT_FOUND));
        if (worker.getIdNumberSealed() == null) {
            throw new ProblemException(ProblemType.WORKER_NUMBER_MISSING);
        }
        if (decision == Decision.REJECT) {
            if (note == null || note.isBlank()) {
                throw new ProblemException(ProblemType.VERIFICATION_NOTE_REQUIRED).withFieldError("note");
            }
            worker.rejected(VerificationReason.REFUSED_AT_DESK, note.strip());
            audit.record("worker.rejected.at-desk", worker.getId().toString(), "note=" + note.strip());
            return worker;
        }
        if (worker.getIdNumberIndex() == null) {
            String index = pii.blindIndex(Worker.ID_NUMBER, unsealing.open(worker.getId(),
                    () -> pii.open(Worker.ID_NUMBER, worker.getId(), worker.getIdNumberSealed())));
            workers.findByIdNumberIndex(index).filter(holder -> !holder.getId().equals(worker.getId()))
                    .ifPresent(holder -> {
                        holder.yieldNumber();
                        workers.saveAndFlush(holder);
                        audit.record("worker.number.yielded", holder.getId().toString(),
                                "the card's holder proved the number at a desk for profile " + worker.getId());
                    });
            worker.indexNumber(index);
        }
        worker.verified(VerificationMethod.IN_PERSON, staff, clock.instant());
        audit.record("worker.verified.in-person", worker.getId().toString(),
                "card seen at the desk" + (note == null || note.isBlank() ? "" : "; note=" + note.strip()));
        return worker;
    }

    enum Decision { VERIFY, REJECT }

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
        eraseIfAny(accountId).orElseThrow(() -> new ProblemException(ProblemType.WORKER_NOT_FOUND));
    }

    /** Erases the account's profile in the current city, if it has one; its id, or empty. */
    @Transactional
    Optional<UUID> eraseIfAny(String accountId) {
        return workers.findByAccountId(accountId).map(worker -> {
            worker.erase();
            audit.record("worker.erased", worker.getId().toString(), "personal fields erased on the worker's request");
            return worker.getId();
        });
    }
}
