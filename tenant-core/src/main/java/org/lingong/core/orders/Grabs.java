package org.lingong.core.orders;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.jobs.JobStatus;
import org.lingong.core.jobs.JobDetails;
import org.lingong.core.jobs.Jobs;
import org.lingong.core.people.EmployerVerification;
import org.lingong.core.people.WorkerVerification;
import org.lingong.core.prioritygroups.PriorityGroupCertificates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A worker takes a slot of a job (抢单), or station staff give one to a waiting worker (派单). Cheap checks run first
 * on an unlocked read, so that once a job is full its refusals never queue behind the job's row lock; the slot itself
 * is taken by one conditional update in the transaction that inserts the order.
 */
@Service
class Grabs {

    private final Jobs jobs;
    private final WorkerVerification workers;
    private final EmployerVerification employers;
    private final OrderRepository orders;
    private final BlockedWorkerRepository blocks;
    private final PriorityGroupCertificates certificates;
    private final OrderHistory history;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Grabs(Jobs jobs, WorkerVerification workers, EmployerVerification employers, OrderRepository orders,
          BlockedWorkerRepository blocks, PriorityGroupCertificates certificates, OrderHistory history,
          TransactionTemplate transaction, Clock clock) {
        this.jobs = jobs;
        this.workers = workers;
        this.employers = employers;
        this.orders = orders;
        this.blocks = blocks;
        this.certificates = certificates;
        this.history = history;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The job as an unlocked read, refused at once when it cannot be grabbed now. */
    JobDetails requireGrabbable(UUID jobId) {
        JobDetails job = jobs.find(jobId);
        refuseUnlessOpen(job, clock.instant());
        return job;
    }

    /** The calling worker grabs a slot; call outside a transaction (the cheap checks must not hold one). */
    @Transactional(propagation = Propagation.NEVER)
    OrderDetails grab(UUID jobId, String account) {
        UUID workerId = workers.requireVerifiedAccount(account);
        JobDetails job = requireGrabbable(jobId);
        if (job.employerId() != null && employers.employerOf(account).filter(job.employerId()::equals).isPresent()) {
            throw new ProblemException(ProblemType.OWN_JOB);
        }
        return transaction.execute(status -> {
            take(job, workerId);
            return history.created(Order.grabbed(job, workerId, clock.instant()), account, ActorRole.WORKER).details();
        });
    }

    /**
     * Inside the caller's transaction: the block check, the worker's lock and overlap check, then the slot. The caller
     * saves the order.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void take(JobDetails job, UUID workerId) {
        if (job.employerId() != null && blocks.existsById(new BlockedWorker.Key(job.employerId(), workerId))) {
            throw new ProblemException(ProblemType.BLOCKED_BY_EMPLOYER);
        }
        // A public-welfare or targeted job: only a group certified at a desk counts, never a declared one.
        if (!job.priorityGroups().isEmpty() && !certificates.holdsAny(workerId, job.priorityGroups())) {
            throw new ProblemException(ProblemType.PRIORITY_GROUP_REQUIRED);
        }
        workers.lockForAssignment(workerId);
        if (orders.overlaps(workerId, job.startsAt(), job.endsAt(), List.copyOf(OrderStatus.ACTIVE))) {
            throw new ProblemException(ProblemType.ORDER_OVERLAP);
        }
        if (!jobs.takeSlot(job.id())) {
            // Lost the race for the last slot, or the job changed since the unlocked read: say which.
            refuseUnlessOpen(jobs.find(job.id()), clock.instant());
            throw new ProblemException(ProblemType.JOB_FULL);
        }
    }

    private static void refuseUnlessOpen(JobDetails job, Instant now) {
        if (job.status() == JobStatus.FILLED || job.status() == JobStatus.OPEN && job.filled() >= job.slots()) {
            throw new ProblemException(ProblemType.JOB_FULL);
        }
        if (job.status() == JobStatus.EXPIRED || !job.validUntil().isAfter(now)) {
            throw new ProblemException(ProblemType.JOB_EXPIRED);
        }
        if (job.status() != JobStatus.OPEN) {
            throw new ProblemException(ProblemType.JOB_NOT_OPEN, job.status());
        }
    }
}
