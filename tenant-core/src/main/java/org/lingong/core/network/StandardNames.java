package org.lingong.core.network;

import java.util.List;
import java.util.Optional;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.regions.Divisions;
import org.lingong.core.regions.Region;
import org.lingong.core.regions.Regions;
import org.springframework.stereotype.Component;

/**
 * The names the Anhui guideline (三(一)) prescribes, built from the region chain: {@code <市><县(市、区)>(<行业>)零工市场}
 * for markets and {@code <县(市、区)><街道(乡镇)>(<社区>)零工驿站} for stations. City and county names are the official
 * ones of the national division table; townships and villages are the city's own.
 */
@Component
class StandardNames {

    private final Regions regions;
    private final Divisions divisions;

    StandardNames(Regions regions, Divisions divisions) {
        this.regions = regions;
        this.divisions = divisions;
    }

    Place place(String regionCode) {
        return find(regionCode)
                .orElseThrow(() -> new ProblemException(ProblemType.CARRIER_REGION_UNKNOWN, regionCode));
    }

    /** The city itself or one of its regions; empty for a code that is neither. */
    Optional<Place> find(String regionCode) {
        if (divisions.isCity() && divisions.cityCode().equals(regionCode)) {
            return Optional.of(new Place(regionCode, Place.CITY, List.of()));
        }
        List<Region> chain = regions.chain(regionCode);
        return chain.isEmpty() ? Optional.empty()
                : Optional.of(new Place(regionCode, chain.getFirst().level().name(), chain.reversed()));
    }

    Optional<String> of(CarrierKind kind, Place place, String industry) {
        return switch (kind) {
            case MARKET -> Optional.of(divisions.cityName()
                    + place.chainFromCounty().stream().findFirst().map(this::countyName).orElse("")
                    + (industry == null ? "" : industry.strip()) + "零工市场");
            case STATION -> place.chainFromCounty().isEmpty() ? Optional.empty()
                    : Optional.of(countyName(place.chainFromCounty().getFirst())
                    + place.chainFromCounty().stream().skip(1).map(Region::name).reduce("", String::concat) + "零工驿站");
            case WINDOW, CO_BUILT -> Optional.empty();
        };
    }

    private String countyName(Region county) {
        return divisions.officialName(county.code()).orElse(county.name());
    }
}
