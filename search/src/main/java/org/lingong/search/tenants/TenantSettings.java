package org.lingong.search.tenants;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lingong.common.nearby.TravelMode;

/**
 * One tenant as the registry feed describes it, with what search needs.
 *
 * @param province                 GB/T 2260 two-digit province code
 * @param status                   {@code ACTIVE} or {@code SUSPENDED}
 * @param sharesJobsWithNeighbours whether other tenants of the province may show this tenant's jobs near the border
 * @param travelSpeeds             metres per minute per mode; missing modes take the platform's defaults
 * @param jobCategories            the tenant's active job category codes; null when the feed does not say (then any
 *                                 well-formed code is searched for)
 */
public record TenantSettings(String code, String province, String status, boolean sharesJobsWithNeighbours,
        @Nullable Map<TravelMode, Integer> travelSpeeds, @Nullable List<String> jobCategories) {

    /** A tenant the feed has not (yet) described: default speeds, no neighbours, categories unknown. */
    public static TenantSettings unknown(String code) {
        return new TenantSettings(code, "", "ACTIVE", false, Map.of(), null);
    }

    public int metresPerMinute(TravelMode mode) {
        Integer speed = travelSpeeds == null ? null : travelSpeeds.get(mode);
        return speed != null && speed > 0 ? speed : mode.defaultMetresPerMinute();
    }

    /** Every mode's speed, the tenant's where set. */
    public Map<TravelMode, Integer> speeds() {
        Map<TravelMode, Integer> speeds = new EnumMap<>(TravelMode.class);
        for (TravelMode mode : TravelMode.values()) {
            speeds.put(mode, metresPerMinute(mode));
        }
        return speeds;
    }

    boolean active() {
        return "ACTIVE".equals(status);
    }
}
