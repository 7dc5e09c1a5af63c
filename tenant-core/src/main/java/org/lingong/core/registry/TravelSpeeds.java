package org.lingong.core.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.EnumMap;
import java.util.Map;
import org.lingong.common.nearby.TravelMode;

/**
 * A tenant's travel speeds in metres per minute (defaults: walking 75, bike 200, e-bike 300, transit 250), which a
 * city administrator may adapt to its streets and buses.
 */
@Embeddable
public record TravelSpeeds(@Column(name = "speed_walk") int walk, @Column(name = "speed_bike") int bike,
                           @Column(name = "speed_ebike") int ebike, @Column(name = "speed_transit") int transit) {

    public static final int MIN = 30;
    public static final int MAX = 1000;

    static TravelSpeeds of(Map<TravelMode, Integer> speeds) {
        return new TravelSpeeds(speeds.get(TravelMode.WALK), speeds.get(TravelMode.BIKE), speeds.get(TravelMode.EBIKE),
                speeds.get(TravelMode.TRANSIT));
    }

    public int metresPerMinute(TravelMode mode) {
        return switch (mode) {
            case WALK -> walk;
            case BIKE -> bike;
            case EBIKE -> ebike;
            case TRANSIT -> transit;
        };
    }

    /** Keyed by mode, as the API and the routes feed show them: {"WALK": 75, …}. */
    public Map<TravelMode, Integer> asMap() {
        Map<TravelMode, Integer> map = new EnumMap<>(TravelMode.class);
        for (TravelMode mode : TravelMode.values()) {
            map.put(mode, metresPerMinute(mode));
        }
        return map;
    }
}
