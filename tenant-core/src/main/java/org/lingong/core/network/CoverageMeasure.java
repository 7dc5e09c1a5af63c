package org.lingong.core.network;

import java.math.BigDecimal;

/**
 * The three coverage targets of the guideline (S 二(一)): every township or street with an open station, at least 40 %
 * of central villages with an open window, every county with an open comprehensive county market.
 */
enum CoverageMeasure {
    TOWNSHIP_STATIONS("100.0"), CENTRAL_VILLAGE_WINDOWS("40.0"), COUNTY_MARKETS("100.0");

    private final BigDecimal target;

    CoverageMeasure(String target) {
        this.target = new BigDecimal(target);
    }

    /** The percentage the guideline asks for, at least. */
    BigDecimal target() {
        return target;
    }

    String textKey() {
        return "network.coverage." + name();
    }
}
