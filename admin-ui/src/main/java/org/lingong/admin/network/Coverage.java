package org.lingong.admin.network;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code GET /api/v1/network/coverage}: how far the open network reaches in the city and in each county, per measure
 * with the regions still missing it. The API counts; the console only shows.
 */
record Coverage(Area city, List<Area> counties) implements Serializable {

    record Area(String code, String name, Measure townshipStations, Measure centralVillageWindows,
                Measure countyMarkets) implements Serializable {
    }

    /** {@code percent} and {@code met} are empty when there is nothing to measure. */
    record Measure(long numerator, long denominator, Double percent, Double target, Boolean met, List<Gap> gaps)
            implements Serializable {

        Measure {
            gaps = gaps == null ? List.of() : List.copyOf(gaps);
        }

        Set<String> gapCodes() {
            return gaps.stream().map(Gap::code).collect(Collectors.toUnmodifiableSet());
        }
    }

    record Gap(String code, String name) implements Serializable {
    }
}
