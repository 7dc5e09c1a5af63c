package org.lingong.core.settlement;

/** Amounts in fen shown in yuan in problem texts, without floating point. */
final class Fen {

    /** No single gig payment or claim above ¥100,000 is plausible; larger amounts are typing errors. */
    static final long MAX = 10_000_000L;

    private Fen() {
    }

    static String yuan(long fen) {
        return String.format("%d.%02d", fen / 100, fen % 100);
    }
}
