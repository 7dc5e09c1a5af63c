package org.lingong.core.jobs;

/**
 * What posting asks of the service network, which implements it: is this an open market of the current city? Declared
 * here so that jobs need not know the network (the network's nearby pages show jobs).
 */
public interface OpenMarkets {

    /** Passes for an OPEN market of the current city; otherwise 400 {@code unknown-market}. */
    void requireOpenMarket(long carrierId);
}
