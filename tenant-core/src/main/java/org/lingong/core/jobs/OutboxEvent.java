package org.lingong.core.jobs;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A job change waiting to be delivered to the search service, written in the same transaction as the change, so a
 * change is never lost and never announced without having happened. Ordered per job by the job's version.
 */
@Entity
@Table(name = "outbox_event")
class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private UUID aggregateId;
    private long aggregateVersion;
    private String type;
    private String payload;
    private Instant createdAt;
    private Instant publishedAt;

    protected OutboxEvent() {
    }

    OutboxEvent(UUID aggregateId, long aggregateVersion, String type, String payload) {
        this.aggregateId = aggregateId;
        this.aggregateVersion = aggregateVersion;
        this.type = type;
        this.payload = payload;
        this.createdAt = Instant.now();
    }
}
