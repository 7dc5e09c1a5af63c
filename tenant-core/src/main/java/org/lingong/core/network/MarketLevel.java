package org.lingong.core.network;

/** A market run for the whole city or a county (both comprehensive), or for one industry. */
enum MarketLevel {
    CITY, COUNTY, INDUSTRY
}
