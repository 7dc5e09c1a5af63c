package org.lingong.core.orders;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lingong.core.people.WorkerVerification;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Order lists for each side, and one order with its history. */
@Service
class OrderQueries {

    /** The window in which a worker's own cancellations are counted and shown. */
    static final Duration CANCELLATION_WINDOW = Duration.ofDays(30);

    private final OrderRepository orders;
    private final OrderEventRepository events;
    private final WorkerVerification workers;
    private final Clock clock;

    OrderQueries(OrderRepository orders, OrderEventRepository events, WorkerVerification workers, Clock clock) {
        this.orders = orders;
        this.events = events;
        this.workers = workers;
        this.clock = clock;
    }

    record Filter(UUID workerId, UUID employerId, UUID jobId, OrderStatus status, OrderKind kind, Instant from,
                  Instant to) {
    }

    record OrderPage(List<OrderDetails> items, int page, int size, long total) {
    }

    record WorkerOrders(List<OrderDetails> items, int page, int size, long total, long cancellationsLast30Days) {
    }

    /**
     * An employer's orders with the workers as an employer deciding on a grab may know them: the name masked, the
     * skills they list, by worker id. Never the phone or the ID number: contact goes through the platform.
     */
    record EmployerOrders(List<OrderDetails> items, int page, int size, long total, Map<UUID, Worker> workers) {

        record Worker(String name, List<String> skills) {
        }
    }

    record OrderWithHistory(OrderDetails order, List<OrderEvent.Step> history) {
    }

    @Transactional(readOnly = true)
    OrderPage find(Filter filter, int page, int size) {
        Page<Order> result = orders.findAll(matching(filter), PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200),
                Sort.by(Sort.Direction.DESC, "createdAt")));
        return new OrderPage(result.map(Order::details).getContent(), result.getNumber(), result.getSize(),
                result.getTotalElements());
    }

    @Transactional(readOnly = true)
    EmployerOrders ofEmployer(UUID employerId, UUID jobId, OrderStatus status, int page, int size) {
        OrderPage found = find(new Filter(null, employerId, jobId, status, null, null, null), page, size);
        Map<UUID, EmployerOrders.Worker> named = new HashMap<>();
        workers.cards(found.items().stream().map(OrderDetails::workerId).distinct().toList())
                .forEach(card -> named.put(card.id(), new EmployerOrders.Worker(card.name(), card.skills())));
        return new EmployerOrders(found.items(), found.page(), found.size(), found.total(), named);
    }

    @Transactional(readOnly = true)
    WorkerOrders ofWorker(UUID workerId, OrderStatus status, int page, int size) {
        OrderPage found = find(new Filter(workerId, null, null, status, null, null, null), page, size);
        long cancelled = orders.countCancelledByWorkerSince(workerId, clock.instant().minus(CANCELLATION_WINDOW));
        return new WorkerOrders(found.items(), found.page(), found.size(), found.total(), cancelled);
    }

    @Transactional(readOnly = true)
    OrderWithHistory detail(Order order) {
        return new OrderWithHistory(order.details(),
                events.findByOrderIdOrderByIdAsc(order.id()).stream().map(OrderEvent::step).toList());
    }

    private static Specification<Order> matching(Filter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.workerId() != null) {
                where.add(cb.equal(root.get("workerId"), filter.workerId()));
            }
            if (filter.employerId() != null) {
                where.add(cb.equal(root.get("employerId"), filter.employerId()));
            }
            if (filter.jobId() != null) {
                where.add(cb.equal(root.get("jobId"), filter.jobId()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.kind() != null) {
                where.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("createdAt"), filter.from()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("createdAt"), filter.to()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
