package org.lingong.core.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lingong.common.problem.FieldError;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The guideline's rules for a carrier beyond single fields: the fields its kind needs, the region level it belongs at
 * (windows in villages, stations in townships or communities, markets in counties or the city), its standard name and
 * a market's minimum indoor area of 100 m².
 */
@Component
class CarrierRules {

    static final double MIN_MARKET_AREA_M2 = 100;

    private final StandardNames names;
    private final MessageSource messages;

    CarrierRules(StandardNames names, MessageSource messages) {
        this.names = names;
        this.messages = messages;
    }

    /** The carrier as it is to be stored (with its standard name filled in when none was sent), or a 400 problem. */
    CarrierRequest check(CarrierRequest carrier, AreaRule areaRule, Locale locale) {
        List<FieldError> errors = fieldErrors(carrier, locale);
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.CARRIER_INVALID).withFieldErrors(errors);
        }
        Place place = names.find(carrier.regionCode()).orElseThrow(() ->
                refusal(ProblemType.CARRIER_REGION_UNKNOWN, "regionCode", carrier.regionCode()));
        Set<String> allowed = allowedLevels(carrier);
        if (!allowed.contains(place.level())) {
            throw refusal(ProblemType.CARRIER_REGION_LEVEL, "regionCode", carrier.regionCode(), place.level(),
                    String.join("/", allowed.stream().sorted().toList()));
        }
        CarrierRequest named = names.of(carrier.kind(), place, carrier.industry()).map(expected -> {
            if (carrier.name() != null && !carrier.name().strip().equals(expected)) {
                throw refusal(ProblemType.CARRIER_NAME_MISMATCH, "name", expected).with("expectedName", expected);
            }
            return carrier.named(expected);
        }).orElse(carrier);
        if (areaRule == AreaRule.BLOCK && belowMarketArea(named)) {
            throw new ProblemException(ProblemType.MARKET_AREA_TOO_SMALL, MIN_MARKET_AREA_M2);
        }
        return named;
    }

    /** What the guideline still asks of a stored carrier, in Chinese and English. */
    List<Map<String, String>> warnings(CarrierRequest carrier) {
        if (!belowMarketArea(carrier)) {
            return List.of();
        }
        String key = "network.warning.market-area";
        return List.of(Map.of("code", "market-area-below-guideline",
                "zh", messages.getMessage(key, new Object[] {MIN_MARKET_AREA_M2}, Locale.SIMPLIFIED_CHINESE),
                "en", messages.getMessage(key, new Object[] {MIN_MARKET_AREA_M2}, Locale.ENGLISH)));
    }

    private static boolean belowMarketArea(CarrierRequest carrier) {
        return carrier.kind() == CarrierKind.MARKET
                && (carrier.indoorAreaM2() == null || carrier.indoorAreaM2() < MIN_MARKET_AREA_M2);
    }

    static Set<String> allowedLevels(CarrierRequest carrier) {
        return switch (carrier.kind()) {
            case MARKET -> switch (carrier.marketLevel()) {
                case CITY -> Set.of(Place.CITY);
                case COUNTY -> Set.of("COUNTY");
                case INDUSTRY -> Set.of(Place.CITY, "COUNTY");
            };
            case STATION -> Set.of("TOWNSHIP", "VILLAGE");
            case WINDOW -> Set.of("VILLAGE");
            case CO_BUILT -> Set.of(Place.CITY, "COUNTY", "TOWNSHIP", "VILLAGE");
        };
    }

    private List<FieldError> fieldErrors(CarrierRequest c, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        boolean market = c.kind() == CarrierKind.MARKET;
        if (market != (c.marketLevel() != null)) {
            errors.add(error("marketLevel", "carrier.marketLevel", locale));
        }
        if ((c.marketLevel() == MarketLevel.INDUSTRY) != (c.industry() != null && !c.industry().isBlank())) {
            errors.add(error("industry", "carrier.industry.industry-markets-only", locale));
        }
        if ((c.kind() == CarrierKind.CO_BUILT) != (c.coBuiltType() != null)) {
            errors.add(error("coBuiltType", "carrier.coBuiltType", locale));
        }
        if ((c.operatorType() == OperatorType.COMMISSIONED)
                != (c.operatorAgency() != null && !c.operatorAgency().isBlank())) {
            errors.add(error("operatorAgency", "carrier.operatorAgency.commissioned-only", locale));
        }
        if (!c.openingHours().consistent()) {
            errors.add(error("openingHours", "carrier.openingHours.order", locale));
        }
        boolean standardNamed = c.kind() == CarrierKind.MARKET || c.kind() == CarrierKind.STATION;
        if (!standardNamed && (c.name() == null || c.name().isBlank())) {
            errors.add(error("name", "carrier.name", locale));
        }
        return errors;
    }

    /** A refusal caused by one field: the field's error says it too, so a form shows it where it can be corrected. */
    private static ProblemException refusal(ProblemType type, String field, Object... arguments) {
        return new ProblemException(type, arguments).withFieldError(field);
    }

    private FieldError error(String field, String key, Locale locale) {
        return new FieldError(field, messages.getMessage(key, null, locale));
    }
}
