package org.lingong.core.orders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import org.lingong.core.jobs.JobPosting;
import org.lingong.core.jobs.Jobs;
import org.lingong.core.nearby.Circle;
import org.lingong.core.people.EmployerVerification;
import org.lingong.core.people.WorkerVerification;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves orders through their life. The worker's side acts on its own orders; the employer's side is the employer whose
 * job it is, or station staff and city administrators (who post on behalf of departments and agencies). Each move
 * locks the order's row, so two sides acting at once are served one after the other.
 */
@Service
public class OrderLifecycle {

    /** A worker may check in this long before the start. */
    static final Duration CHECK_IN_EARLY = Duration.ofMinutes(30);
    /** Inside this time before the start, a worker cancels only with a reason code. */
    static final Duration LATE_CANCEL = Duration.ofHours(2);

    private static final Set<OrderStatus> CANCELLABLE = Set.of(OrderStatus.GRABBED, OrderStatus.DISPATCHED,
            OrderStatus.CONFIRMED);

    private final OrderRepository orders;
    private final OrderHistory history;
    private final Jobs jobs;
    private final WorkerVerification workers;
    private final EmployerVerification employers;
    private final List<CheckInRequirement> checkInRequirements;
    private final OrderClock orderClock;
    private final CheckInCodes codes;
    private final Clock clock;

    OrderLifecycle(OrderRepository orders, OrderHistory history, Jobs jobs, WorkerVerification workers,
                   EmployerVerification employers, List<CheckInRequirement> checkInRequirements,
                   OrderClock orderClock, CheckInCodes codes, Clock clock) {
        this.orders = orders;
        this.history = history;
        this.jobs = jobs;
        this.workers = workers;
        this.employers = employers;
        this.checkInRequirements = checkInRequirements;
        this.orderClock = orderClock;
        this.codes = codes;
        this.clock = clock;
    }

    /** Orders the worker still owes work or money on: any not yet settled, cancelled or missed. */
    private static final List<OrderStatus> OPEN = List.of(OrderStatus.GRABBED, OrderStatus.DISPATCHED,
            OrderStatus.CONFIRMED, OrderStatus.CHECKED_IN, OrderStatus.COMPLETED);

    /** Whether the worker has orders in the current city not yet settled, cancelled or missed. */
    @Transactional(readOnly = true)
    public boolean hasOpenOrders(UUID workerId) {
        return orders.existsByWorkerIdAndStatusIn(workerId, OPEN);
    }

    /**
     * For settlement: completed orders (not yet settled) completed at or before the cut, a page after the given one's
     * key (updated-at and id; null for the first page), in key order.
     */
    @Transactional(readOnly = true)
    public List<OrderDetails> completedBefore(Instant cut, OrderDetails after, int limit) {
        Instant afterAt = after == null ? Instant.EPOCH : after.updatedAt();
        UUID afterId = after == null ? new UUID(0, 0) : after.id();
        return orders.completedBefore(cut, afterAt, afterId, limit).stream().map(Order::details).toList();
    }

    /**
     * The second side agrees: a grab (the worker's consent) is confirmed by the employer's side, a dispatch (the
     * staff's choice on the job's behalf) by the worker. An employer the city suspended confirms nothing, even through
     * staff.
     */
    @Transactional
    OrderDetails confirm(UUID id, Caller caller) {
        Order order = lock(id);
        ActorRole role = switch (order.status()) {
            case GRABBED -> requireEmployerSide(order, caller);
            case DISPATCHED -> requireWorker(order, caller);
            default -> throw transition(order, OrderStatus.CONFIRMED);
        };
        if (order.status() == OrderStatus.GRABBED && order.employerId() != null) {
            employers.requireMayRecruit(order.employerId());
        }
        return move(order, OrderStatus.CONFIRMED, caller, role, null, null);
    }

    /**
     * How a worker shows they are at the job: their position (within the city's radius of the job's place), or the
     * rotating code the employer shows (or, at a market, the market's QR code).
     */
    record CheckInProof(@DecimalMin("-90") @DecimalMax("90") Double latitude,
                        @DecimalMin("-180") @DecimalMax("180") Double longitude,
                        @Size(max = 32) String code) {

        static final CheckInProof NONE = new CheckInProof(null, null, null);
    }

    @Transactional
    OrderDetails checkIn(UUID id, Caller caller, CheckInProof proof) {
        Order order = lock(id);
        ActorRole role = requireWorker(order, caller);
        require(order, OrderStatus.CONFIRMED, OrderStatus.CHECKED_IN);
        Instant now = clock.instant();
        if (now.isBefore(order.startsAt().minus(CHECK_IN_EARLY)) || !now.isBefore(order.endsAt())) {
            throw new ProblemException(ProblemType.CHECK_IN_WINDOW, CHECK_IN_EARLY.toMinutes());
        }
        requireAtWork(order, proof, now);
        checkInRequirements.forEach(requirement -> requirement.require(order.details()));
        return move(order, OrderStatus.CHECKED_IN, caller, role, null, null);
    }

    /** The employer side's current check-in code for the order's job, to show a worker who cannot share a position. */
    @Transactional
    RotatingCode.Current checkInCode(UUID id, Caller caller) {
        Order order = orders.findById(id).orElseThrow(OrderLifecycle::notFound);
        requireEmployerSide(order, caller);
        return codes.ofJob(order.jobId(), clock.instant());
    }

    private void requireAtWork(Order order, CheckInProof proof, Instant now) {
        if (proof.code() != null && !proof.code().isBlank()) {
            boolean valid = codes.jobAccepts(order.jobId(), proof.code(), now)
                    || (order.marketId() != null && codes.marketAccepts(order.marketId(), proof.code(), now));
            if (!valid) {
                throw new ProblemException(ProblemType.CHECK_IN_CODE_INVALID);
            }
            return;
        }
        int radius = orderClock.settings().checkInRadiusMetres();
        JobPosting.Location place = jobs.find(order.jobId()).location();
        if (proof.latitude() == null || proof.longitude() == null || place == null) {
            throw new ProblemException(ProblemType.CHECK_IN_PLACE_REQUIRED, radius);
        }
        long metres = Math.round(Circle.distance(proof.latitude(), proof.longitude(), place.latitude(),
                place.longitude()));
        if (metres > radius) {
            throw new ProblemException(ProblemType.CHECK_IN_TOO_FAR, metres, radius).with("distanceMetres", metres);
        }
    }

    @Transactional
    OrderDetails complete(UUID id, Caller caller) {
        Order order = lock(id);
        ActorRole role = requireEmployerSide(order, caller);
        require(order, OrderStatus.CHECKED_IN, OrderStatus.COMPLETED);
        return move(order, OrderStatus.COMPLETED, caller, role, null, null);
    }

    /** For the settlement feature: a completed order whose payment was confirmed. */
    @Transactional
    public OrderDetails settle(UUID id, String actor) {
        Order order = lock(id);
        require(order, OrderStatus.COMPLETED, OrderStatus.SETTLED);
        OrderStatus from = order.status();
        order.moveTo(OrderStatus.SETTLED, clock.instant());
        return history.moved(order, from, actor, ActorRole.SYSTEM, null, null, clock.instant()).details();
    }

    /**
     * Either side cancels with a reason; the slot goes back to the job. A worker inside {@link #LATE_CANCEL} of the
     * start must give a reason code; the employer's side always gives a reason.
     */
    @Transactional
    OrderDetails cancel(UUID id, Caller caller, CancelReason code, String reason) {
        Order order = lock(id);
        ActorRole role = isOwnWorker(order, caller) ? ActorRole.WORKER : requireEmployerSide(order, caller);
        if (!CANCELLABLE.contains(order.status())) {
            throw transition(order, OrderStatus.CANCELLED);
        }
        Instant now = clock.instant();
        if (role == ActorRole.WORKER && code == null && now.isAfter(order.startsAt().minus(LATE_CANCEL))) {
            throw new ProblemException(ProblemType.LATE_CANCEL_NEEDS_CODE, LATE_CANCEL.toHours());
        }
        if (role != ActorRole.WORKER && (reason == null || reason.isBlank())) {
            throw new ProblemException(ProblemType.CANCEL_REASON_REQUIRED);
        }
        OrderStatus from = order.status();
        String codeName = code == null ? null : code.name();
        order.cancel(codeName, reason, now);
        jobs.releaseSlot(order.jobId());
        return history.moved(order, from, caller.account(), role, codeName, reason, now).details();
    }

    /** The employer's side records that a confirmed worker did not come; the slot goes back to the job. */
    @Transactional
    OrderDetails noShow(UUID id, Caller caller) {
        Order order = lock(id);
        ActorRole role = requireEmployerSide(order, caller);
        require(order, OrderStatus.CONFIRMED, OrderStatus.NO_SHOW);
        Duration grace = orderClock.settings().noShowAfter();
        if (clock.instant().isBefore(order.startsAt().plus(grace))) {
            throw new ProblemException(ProblemType.NO_SHOW_TOO_EARLY, grace.toMinutes());
        }
        jobs.releaseSlot(order.jobId());
        return move(order, OrderStatus.NO_SHOW, caller, role, null, null);
    }

    /** For settlement and insurance: the order locked in the caller's transaction, if the caller is its worker. */
    @Transactional(propagation = Propagation.MANDATORY)
    public OrderDetails lockForWorker(UUID id, Authentication caller) {
        Order order = lock(id);
        requireWorker(order, Caller.of(caller));
        return order.details();
    }

    /** For settlement and insurance: the order locked in the caller's transaction, if the caller is its employer side. */
    @Transactional(propagation = Propagation.MANDATORY)
    public OrderDetails lockForEmployerSide(UUID id, Authentication caller) {
        Order order = lock(id);
        requireEmployerSide(order, Caller.of(caller));
        return order.details();
    }

    /** For settlement and insurance: the order, if the caller may read it (its worker, its employer side), else 404. */
    @Transactional(readOnly = true)
    public OrderDetails readableBy(UUID id, Authentication caller) {
        return readable(id, Caller.of(caller)).details();
    }

    /** An order and the caller's side on it: WORKER (its worker), EMPLOYER (its own employer) or STAFF. */
    public record Party(OrderDetails order, ActorRole side) {
    }

    /** For ratings, which only the two parties give: the order and the caller's side, or 404 for others. */
    @Transactional(readOnly = true)
    public Party partyOf(UUID id, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        Order order = orders.findById(id).orElseThrow(OrderLifecycle::notFound);
        ActorRole side = isOwnWorker(order, caller) ? ActorRole.WORKER : requireEmployerSide(order, caller);
        return new Party(order.details(), side);
    }

    /** A step of an order as evidence (of a dispute): statuses, the side that moved it, why, when — not who by name. */
    public record Step(OrderStatus from, OrderStatus to, ActorRole side, String reasonCode, String reason, Instant at) {
    }

    /** The order's steps, oldest first: grabbed, confirmed, checked in, completed, cancelled … */
    @Transactional(readOnly = true)
    public List<Step> steps(UUID id) {
        return history.of(id).stream().map(step -> new Step(step.from(), step.to(), step.actorRole(),
                step.reasonCode(), step.reason(), step.at())).toList();
    }

    /** For contracts, which decide themselves who may read: the order, or 404. */
    @Transactional(readOnly = true)
    public OrderDetails find(UUID id) {
        return orders.findById(id).orElseThrow(OrderLifecycle::notFound).details();
    }

    /** For contracts: the order locked in the caller's transaction, so its contract is made once. */
    @Transactional(propagation = Propagation.MANDATORY)
    public OrderDetails findLocked(UUID id) {
        return lock(id).details();
    }

    /** Whether the caller may read the order: its worker, its employer, or staff. */
    @Transactional(readOnly = true)
    Order readable(UUID id, Caller caller) {
        Order order = orders.findById(id).orElseThrow(OrderLifecycle::notFound);
        if (!isOwnWorker(order, caller)) {
            requireEmployerSide(order, caller);
        }
        return order;
    }

    private OrderDetails move(Order order, OrderStatus next, Caller caller, ActorRole role, String code, String reason) {
        OrderStatus from = order.status();
        Instant now = clock.instant();
        order.moveTo(next, now);
        return history.moved(order, from, caller.account(), role, code, reason, now).details();
    }

    private Order lock(UUID id) {
        return orders.lockById(id).orElseThrow(OrderLifecycle::notFound);
    }

    private boolean isOwnWorker(Order order, Caller caller) {
        return caller.isWorker()
                && workers.verifiedWorkerOf(caller.account()).filter(order.workerId()::equals).isPresent();
    }

    private ActorRole requireWorker(Order order, Caller caller) {
        if (!isOwnWorker(order, caller)) {
            throw notFound();
        }
        return ActorRole.WORKER;
    }

    private ActorRole requireEmployerSide(Order order, Caller caller) {
        if (caller.isStaff()) {
            return ActorRole.STAFF;
        }
        if (caller.isEmployer() && order.employerId() != null
                && employers.employerOf(caller.account()).filter(order.employerId()::equals).isPresent()) {
            return ActorRole.EMPLOYER;
        }
        // Others learn nothing about the order, not even that it exists.
        throw notFound();
    }

    private static void require(Order order, OrderStatus from, OrderStatus to) {
        if (order.status() != from) {
            throw transition(order, to);
        }
    }

    private static ProblemException transition(Order order, OrderStatus to) {
        return new ProblemException(ProblemType.ORDER_TRANSITION, order.status(), to);
    }

    private static ProblemException notFound() {
        return new ProblemException(ProblemType.ORDER_NOT_FOUND);
    }
}
