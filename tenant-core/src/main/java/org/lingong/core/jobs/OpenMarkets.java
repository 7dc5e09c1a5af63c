package org.lingong.core.jobs;

import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * What posting and the market queue ask of the service network, which implements it: is this an open market of the current city? Declared
 * here so that jobs need not know the network (the network's nearby pages show jobs).
 */
public interface OpenMarkets {

    /** Passes for an OPEN market of the current city; otherwise 400 {@code unknown-market}. */
    void requireOpenMarket(long carrierId);

    /**
     * The market's closing rule, its hours read once: for someone who arrived at a time, when the market's day ends —
     * the close of the opening interval holding that time (or of the next one that day, for an early arrival), else
     * the end of that day in Asia/Shanghai. The waiting queue at a market empties then.
     */
    UnaryOperator<Instant> closing(long carrierId);
}
