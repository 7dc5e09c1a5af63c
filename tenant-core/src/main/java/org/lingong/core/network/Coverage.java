package org.lingong.core.network;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** How far the open network covers the city and each county, measured against the guideline's targets. */
record Coverage(Area city, List<Area> counties) {

    /** The city as a whole, or one county with the regions below it. */
    record Area(String code, String name, Measure townshipStations, Measure centralVillageWindows,
                Measure countyMarkets) {
    }

    /**
     * One measure: {@code percent} has one decimal and, like {@code met}, is {@code null} when there is nothing to
     * measure (a zero denominator, e.g. a county without central villages).
     */
    record Measure(Map<String, String> titles, long numerator, long denominator, BigDecimal percent,
                   BigDecimal target, Boolean met, List<Gap> gaps) {
    }

    /** A region still missing what the measure counts. */
    record Gap(String code, String name) {
    }
}
