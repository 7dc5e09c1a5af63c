package org.lingong.core.orders;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A worker an employer blocked: the worker cannot grab, nor be dispatched to, that employer's jobs. */
@Entity
@Table(name = "employer_blocked_worker")
class BlockedWorker {

    @Embeddable
    record Key(UUID employerId, UUID workerId) {
    }

    @EmbeddedId
    private Key key;
    private String blockedBy;
    private Instant blockedAt;

    protected BlockedWorker() {
    }

    BlockedWorker(UUID employerId, UUID workerId, String blockedBy, Instant now) {
        this.key = new Key(employerId, workerId);
        this.blockedBy = blockedBy;
        this.blockedAt = now;
    }
}
