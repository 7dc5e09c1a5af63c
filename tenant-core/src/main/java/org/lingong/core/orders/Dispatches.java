package org.lingong.core.orders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.jobs.JobDetails;
import org.lingong.core.network.MarketCheck;
import org.lingong.core.people.WorkerVerification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 派单 at a market: workers check in on arrival (the market's QR code, or staff for them) and wait; station staff
 * pick a waiting worker for a job, which creates an order for the worker to confirm. The time from the job (or the
 * worker's arrival, whichever is later) to the dispatch is kept for the 60-second KPI.
 */
@Service
class Dispatches {

    /** The target of the city's dispatch service: a waiting worker is matched within a minute. */
    static final Duration TARGET = Duration.ofSeconds(60);

    private final MarketCheckInRepository checkIns;
    private final CheckInCodes codes;
    private final MarketCheck markets;
    private final WorkerVerification workers;
    private final Grabs grabs;
    private final OrderRepository orders;
    private final OrderHistory history;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Dispatches(MarketCheckInRepository checkIns, CheckInCodes codes, MarketCheck markets,
               WorkerVerification workers, Grabs grabs, OrderRepository orders, OrderHistory history, AuditLog audit,
               TransactionTemplate transaction, Clock clock) {
        this.checkIns = checkIns;
        this.codes = codes;
        this.markets = markets;
        this.workers = workers;
        this.grabs = grabs;
        this.orders = orders;
        this.history = history;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    record WaitingWorker(UUID workerId, String name, String phone, List<String> skills, List<String> categories,
                         Instant waitingSince) {
    }

    record Kpi(Instant from, Instant to, int dispatches, Double medianSeconds, Double p90Seconds,
               Double shareWithin60Seconds) {
    }

    /** The market's check-in code as it is now; the market's secret is made on first request. */
    @Transactional
    RotatingCode.Current code(long marketId) {
        markets.requireOpenMarket(marketId);
        return codes.ofMarket(marketId, clock.instant());
    }

    /** A worker arrives: by their own scan of the market's code, or checked in by staff. */
    @Transactional
    MarketCheckIn.CheckInDetails checkIn(long marketId, UUID workerId, String by) {
        markets.requireOpenMarket(marketId);
        MarketCheckIn waiting = checkIns.findByWorkerIdAndEndedAtIsNull(workerId).orElse(null);
        if (waiting != null && waiting.marketId() == marketId) {
            return waiting.details();
        }
        Instant now = clock.instant();
        if (waiting != null) {
            // Arrived at another market: waits there now.
            waiting.end(null, now);
            checkIns.saveAndFlush(waiting);
        }
        MarketCheckIn arrived = checkIns.save(new MarketCheckIn(marketId, workerId, by, now));
        audit.record("market.check-in", workerId.toString(), "market=" + marketId);
        return arrived.details();
    }

    /** The worker's own check-in needs the value of the market's QR code. */
    @Transactional
    MarketCheckIn.CheckInDetails checkInWithCode(long marketId, String code, String account) {
        UUID workerId = workers.requireVerifiedAccount(account);
        if (!codes.marketAccepts(marketId, code, clock.instant())) {
            throw new ProblemException(ProblemType.CHECK_IN_CODE_INVALID);
        }
        return checkIn(marketId, workerId, account);
    }

    @Transactional(readOnly = true)
    List<WaitingWorker> waiting(long marketId) {
        markets.requireOpenMarket(marketId);
        Map<UUID, MarketCheckIn> byWorker = checkIns.findByMarketIdAndEndedAtIsNullOrderByCheckedInAtAsc(marketId)
                .stream().collect(Collectors.toMap(MarketCheckIn::workerId, Function.identity()));
        return workers.cards(byWorker.keySet()).stream()
                .map(card -> new WaitingWorker(card.id(), card.name(), card.phone(), card.skills(), card.categories(),
                        byWorker.get(card.id()).checkedInAt()))
                .sorted(Comparator.comparing(WaitingWorker::waitingSince)).toList();
    }

    /** Staff give a slot of an open job to a worker waiting at a market; the worker confirms the order. */
    @Transactional(propagation = Propagation.NEVER)
    OrderDetails dispatch(UUID jobId, UUID workerId, String staff) {
        workers.requireVerified(workerId);
        JobDetails job = grabs.requireGrabbable(jobId);
        return transaction.execute(status -> {
            grabs.take(job, workerId);
            // Read after the worker's lock: a second dispatch of the same worker finds the check-in ended.
            MarketCheckIn waiting = checkIns.findByWorkerIdAndEndedAtIsNull(workerId)
                    .orElseThrow(() -> new ProblemException(ProblemType.WORKER_NOT_WAITING));
            Instant now = clock.instant();
            Instant from = job.createdAt().isAfter(waiting.checkedInAt()) ? job.createdAt() : waiting.checkedInAt();
            Order order = history.created(Order.dispatched(job, workerId, staff, Duration.between(from, now), now),
                    staff, ActorRole.STAFF);
            waiting.end(order.id(), now);
            return order.details();
        });
    }

    /** Dispatch latency over orders dispatched in [from, to): median, 90th percentile, share within the target. */
    @Transactional(readOnly = true)
    Kpi kpi(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            throw new ProblemException(ProblemType.PERIOD_REVERSED);
        }
        List<Long> millis = orders.dispatchLatencies(from, to);
        if (millis.isEmpty()) {
            return new Kpi(from, to, 0, null, null, null);
        }
        long within = millis.stream().filter(ms -> ms <= TARGET.toMillis()).count();
        return new Kpi(from, to, millis.size(), percentile(millis, 0.5), percentile(millis, 0.9),
                (double) within / millis.size());
    }

    /** Nearest-rank percentile of sorted values, in seconds. */
    private static double percentile(List<Long> sortedMillis, double p) {
        int rank = (int) Math.ceil(p * sortedMillis.size());
        return sortedMillis.get(Math.max(rank, 1) - 1) / 1000.0;
    }
}
