package org.lingong.core.jobs;

/** How a wage is counted, with the highest amount per unit the platform accepts as plausible (in fen). */
public enum WageUnit {
    HOUR(100_000L), DAY(500_000L), PIECE(1_000_000L), MONTH(10_000_000L);

    private final long ceilingFen;

    WageUnit(long ceilingFen) {
        this.ceilingFen = ceilingFen;
    }

    long ceilingFen() {
        return ceilingFen;
    }
}
