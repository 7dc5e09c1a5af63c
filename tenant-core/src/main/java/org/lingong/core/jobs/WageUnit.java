package org.lingong.core.jobs;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a wage is counted, with the highest amount per unit the platform accepts as plausible (in fen), and — the one
 * place this is decided — what it comes to per working day, so hour, day and month wages compare in search.
 */
public enum WageUnit {
    /** Eight hours a day. */
    HOUR(100_000L) {
        @Override
        public Long perDayFen(long amountFen) {
            return amountFen * 8;
        }
    },
    DAY(500_000L) {
        @Override
        public Long perDayFen(long amountFen) {
            return amountFen;
        }
    },
    /** Piece rates do not compare with time wages: a wage floor leaves them out, a wage sort puts them last. */
    PIECE(1_000_000L) {
        @Override
        public Long perDayFen(long amountFen) {
            return null;
        }
    },
    /** 21.75 paid working days a month (the national average used in labour law), rounded half up. */
    MONTH(10_000_000L) {
        @Override
        public Long perDayFen(long amountFen) {
            return BigDecimal.valueOf(amountFen).divide(WORKING_DAYS_PER_MONTH, 0, RoundingMode.HALF_UP).longValueExact();
        }
    };

    private static final BigDecimal WORKING_DAYS_PER_MONTH = new BigDecimal("21.75");

    private final long ceilingFen;

    WageUnit(long ceilingFen) {
        this.ceilingFen = ceilingFen;
    }

    long ceilingFen() {
        return ceilingFen;
    }

    /** The wage per working day in fen, or null where it cannot be compared (piece rates). */
    public abstract Long perDayFen(long amountFen);
}
