package org.lingong.core.orders;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OrderRepository extends JpaRepository<Order, UUID>, JpaSpecificationExecutor<Order> {

    /** Transitions of one order queue here, so two sides acting at once never both win. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Order o where o.id = ?1")
    Optional<Order> lockById(UUID id);

    @Query("select count(o) > 0 from Order o where o.workerId = ?1 and o.status in ?4 "
            + "and o.startsAt < ?3 and o.endsAt > ?2")
    boolean overlaps(UUID workerId, Instant startsAt, Instant endsAt, List<OrderStatus> active);

    @Query("select count(e) from OrderEvent e, Order o where e.orderId = o.id and o.workerId = ?1 "
            + "and e.toStatus = org.lingong.core.orders.OrderStatus.CANCELLED "
            + "and e.actorRole = org.lingong.core.orders.ActorRole.WORKER and e.at >= ?2")
    long countCancelledByWorkerSince(UUID workerId, Instant since);

    /**
     * Orders due for a timed step, locked; rows another sweep holds are skipped. The lock re-checks the condition, so
     * an order a person moved meanwhile is not returned.
     */
    @Query(value = """
            select * from job_order
            where (status in ('GRABBED', 'DISPATCHED') and created_at <= ?1)
               or (status = 'CONFIRMED' and starts_at <= ?2)
               or (status = 'CHECKED_IN' and ends_at <= ?3)
            limit ?4 for update skip locked""", nativeQuery = true)
    List<Order> lockDue(Instant confirmCut, Instant noShowCut, Instant completeCut, int limit);

    /** Completed orders whose completion (their last change) is at or before the cut, after a key, in key order. */
    @Query(value = "select * from job_order where status = 'COMPLETED' and updated_at <= ?1 "
            + "and (updated_at, id) > (?2, ?3) order by updated_at, id limit ?4", nativeQuery = true)
    List<Order> completedBefore(Instant cut, Instant afterUpdatedAt, UUID afterId, int limit);

    boolean existsByWorkerIdAndStatusIn(UUID workerId, List<OrderStatus> statuses);

    @Query(value = "select dispatch_latency_ms from job_order where kind = 'DISPATCH' "
            + "and created_at >= ?1 and created_at < ?2 order by dispatch_latency_ms", nativeQuery = true)
    List<Long> dispatchLatencies(Instant from, Instant to);
}
