package org.lingong.core.orders;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A worker waiting at a market for dispatch, from arrival until dispatched or checked in elsewhere. */
@Entity
@Table(name = "market_check_in")
class MarketCheckIn {

    @Id
    private UUID id;
    private long marketId;
    private UUID workerId;
    private Instant checkedInAt;
    private String checkedInBy;
    private Instant endedAt;
    private UUID endedByOrder;
    private String endedReason;

    protected MarketCheckIn() {
    }

    MarketCheckIn(long marketId, UUID workerId, String by, Instant now) {
        this.id = UUID.randomUUID();
        this.marketId = marketId;
        this.workerId = workerId;
        this.checkedInBy = by;
        this.checkedInAt = now;
    }

    void end(UUID order, Instant now) {
        this.endedAt = now;
        this.endedByOrder = order;
    }

    /** The market closed before anyone dispatched the worker. */
    void close(Instant now) {
        this.endedAt = now;
        this.endedReason = "MARKET_CLOSED";
    }

    long marketId() {
        return marketId;
    }

    UUID workerId() {
        return workerId;
    }

    Instant checkedInAt() {
        return checkedInAt;
    }

    CheckInDetails details() {
        return new CheckInDetails(id, marketId, workerId, checkedInAt);
    }

    record CheckInDetails(UUID id, long marketId, UUID workerId, Instant checkedInAt) {
    }
}
