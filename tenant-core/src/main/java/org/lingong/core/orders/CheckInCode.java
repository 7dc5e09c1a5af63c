package org.lingong.core.orders;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The secret behind a market's check-in QR code, which rotates as a {@link RotatingCode}. */
@Entity
@Table(name = "market_check_in_code")
class CheckInCode {

    @Id
    private long marketId;
    /** The market's secret, never shown: hex of 12 random bytes (the column held the fixed code before rotation). */
    private String code;
    private Instant createdAt;

    protected CheckInCode() {
    }

    CheckInCode(long marketId, Instant now) {
        this.marketId = marketId;
        this.code = RotatingCode.newSecret();
        this.createdAt = now;
    }

    long marketId() {
        return marketId;
    }

    RotatingCode rotating() {
        return new RotatingCode(code, String.valueOf(marketId));
    }
}
