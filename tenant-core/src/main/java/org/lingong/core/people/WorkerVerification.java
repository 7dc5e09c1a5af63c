package org.lingong.core.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other features ask about a worker, e.g. before a grab: is the caller a verified worker of this city? */
@Component
public class WorkerVerification {

    private final WorkerRepository workers;

    WorkerVerification(WorkerRepository workers) {
        this.workers = workers;
    }

    /** A worker as lists of other features show it: name and phone masked. */
    public record WorkerCard(UUID id, String name, String phone, List<String> skills, List<String> categories) {
    }

    /** The verified worker profile of a Keycloak account (token subject) in the current city, or 403. */
    @Transactional(readOnly = true)
    public UUID requireVerifiedAccount(String accountId) {
        return verifiedWorkerOf(accountId).orElseThrow(() -> new ProblemException(ProblemType.WORKER_UNVERIFIED));
    }

    @Transactional(readOnly = true)
    public Optional<UUID> verifiedWorkerOf(String accountId) {
        return workers.findByAccountId(accountId).filter(Worker::isVerified).map(Worker::getId);
    }

    /** A verified worker of the current city by profile id, or 404 {@code worker-not-found}. */
    @Transactional(readOnly = true)
    public UUID requireVerified(UUID workerId) {
        return workers.findById(workerId).filter(Worker::isVerified).map(Worker::getId)
                .orElseThrow(() -> new ProblemException(ProblemType.WORKER_NOT_FOUND));
    }

    @Transactional(readOnly = true)
    public List<WorkerCard> cards(Collection<UUID> ids) {
        return workers.findAllById(ids).stream().map(w -> new WorkerCard(w.getId(), Names.mask(w.getRealName()),
                w.getPhoneMasked(), w.getSkills(), w.getCategories())).toList();
    }
}
