package org.lingong.core.orders;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/** The value a market's check-in QR code carries; workers scan it on arrival to join the waiting list. */
@Entity
@Table(name = "market_check_in_code")
class CheckInCode {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private long marketId;
    private String code;
    private Instant createdAt;

    protected CheckInCode() {
    }

    CheckInCode(long marketId, Instant now) {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        this.marketId = marketId;
        this.code = HexFormat.of().formatHex(bytes);
        this.createdAt = now;
    }

    long marketId() {
        return marketId;
    }

    String code() {
        return code;
    }
}
