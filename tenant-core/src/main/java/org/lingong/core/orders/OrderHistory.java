package org.lingong.core.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.lingong.core.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Saves an order's change with its history line and its audit line, in the caller's transaction. */
@Component
class OrderHistory {

    private final OrderRepository orders;
    private final OrderEventRepository events;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;

    OrderHistory(OrderRepository orders, OrderEventRepository events, AuditLog audit,
                 ApplicationEventPublisher publisher) {
        this.orders = orders;
        this.events = events;
        this.audit = audit;
        this.publisher = publisher;
    }

    /** The order's steps, oldest first. */
    @Transactional(readOnly = true)
    List<OrderEvent.Step> of(UUID orderId) {
        return events.findByOrderIdOrderByIdAsc(orderId).stream().map(OrderEvent::step).toList();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Order created(Order order, String actor, ActorRole role) {
        Order saved = orders.saveAndFlush(order);
        record(saved, null, actor, role, null, null, saved.details().createdAt());
        return saved;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Order moved(Order order, OrderStatus from, String actor, ActorRole role, String reasonCode, String reason,
                Instant at) {
        Order saved = orders.saveAndFlush(order);
        record(saved, from, actor, role, reasonCode, reason, at);
        return saved;
    }

    private void record(Order order, OrderStatus from, String actor, ActorRole role, String reasonCode, String reason,
                        Instant at) {
        events.save(new OrderEvent(order.id(), from, order.status(), actor, role, reasonCode, reason, at));
        audit.record("order." + order.status().name().toLowerCase(), order.id().toString(),
                "job=" + order.jobId() + "; by=" + role + (reasonCode == null ? "" : "; code=" + reasonCode));
        publisher.publishEvent(new OrderStatusChanged(order.id(), order.workerId(), order.jobId(), from, order.status(),
                role, reasonCode));
    }
}
