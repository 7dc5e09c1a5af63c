package org.lingong.core.network;

import java.util.List;
import org.lingong.core.regions.Region;

/**
 * Where a carrier sits: the city itself ({@code level} CITY, empty chain) or one of its regions, given with its
 * ancestors from the county down.
 */
record Place(String code, String level, List<Region> chainFromCounty) {

    static final String CITY = "CITY";
}
