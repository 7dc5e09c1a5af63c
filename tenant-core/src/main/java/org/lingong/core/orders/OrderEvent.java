package org.lingong.core.orders;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of an order's history: who moved it from which status to which, when, and why. */
@Entity
@Table(name = "job_order_event")
class OrderEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private UUID orderId;
    @Enumerated(EnumType.STRING)
    private OrderStatus fromStatus;
    @Enumerated(EnumType.STRING)
    private OrderStatus toStatus;
    private String actor;
    @Enumerated(EnumType.STRING)
    private ActorRole actorRole;
    private String reasonCode;
    private String reason;
    private Instant at;

    protected OrderEvent() {
    }

    OrderEvent(UUID orderId, OrderStatus from, OrderStatus to, String actor, ActorRole role, String reasonCode,
               String reason, Instant at) {
        this.orderId = orderId;
        this.fromStatus = from;
        this.toStatus = to;
        this.actor = actor;
        this.actorRole = role;
        this.reasonCode = reasonCode;
        this.reason = reason;
        this.at = at;
    }

    Step step() {
        return new Step(fromStatus, toStatus, actor, actorRole, reasonCode, reason, at);
    }

    /** A history line as responses show it. */
    record Step(OrderStatus from, OrderStatus to, String actor, ActorRole actorRole, String reasonCode, String reason,
                Instant at) {
    }
}
