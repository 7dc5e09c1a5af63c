package org.lingong.core.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What other features ask about a worker, e.g. before a grab: is the caller a verified worker of this city? */
@Component
public class WorkerVerification {

    private final WorkerRepository workers;
    private final JdbcClient jdbc;

    WorkerVerification(WorkerRepository workers, JdbcClient jdbc) {
        this.workers = workers;
        this.jdbc = jdbc;
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

    /** The worker profile of a Keycloak account in the current city, verified or not (an erased one has no account). */
    @Transactional(readOnly = true)
    public Optional<UUID> workerOf(String accountId) {
        return workers.findByAccountId(accountId).map(Worker::getId);
    }

    /**
     * Locks the worker's profile for the rest of the caller's transaction: whatever assigns the worker (grabs,
     * dispatches) queues here, so a check that follows — no overlapping order — cannot be raced by the same worker.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockForAssignment(UUID workerId) {
        workers.lock(workerId);
    }

    /** Of these workers, the verified ones who follow the category or no category at all (then they follow every one). */
    @Transactional(readOnly = true)
    public Set<UUID> verifiedFollowing(Collection<UUID> ids, String category) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("select id from worker where id = any(?) and status = 'VERIFIED' "
                        + "and (cardinality(categories) = 0 or ? = any(categories))")
                .params(ids.toArray(UUID[]::new), category).query(UUID.class).list().stream()
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A verified worker of the current city by profile id, or 404 {@code worker-not-found}. */
    @Transactional(readOnly = true)
    public UUID requireVerified(UUID workerId) {
        return workers.findById(workerId).filter(Worker::isVerified).map(Worker::getId)
                .orElseThrow(() -> new ProblemException(ProblemType.WORKER_NOT_FOUND));
    }

    @Transactional(readOnly = true)
    public List<WorkerCard> cards(Collection<UUID> ids) {
        return workers.findAllById(ids).stream().map(w -> new WorkerCard(w.getId(), w.getRealNameMasked(),
                w.getPhoneMasked(), w.getSkills(), w.getCategories())).toList();
    }
}
