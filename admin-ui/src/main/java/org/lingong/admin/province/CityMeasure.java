package org.lingong.admin.province;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.lingong.admin.city.CityKpis;

/**
 * A figure the province compares its cities by: a column of the table and the sheet, and a choice for the chart.
 * Percentages are kept as percent (62.5), counts as counts; a city with nothing to measure counts as 0. Percentages
 * come with each city's target (100 % of its yearly target, its third-party share, the guideline's coverage); counts
 * don't, as a yearly target dwarfs the counts of most of the year.
 */
enum CityMeasure {
    JOBS("kpi.jobs", CityKpis::jobsPosted),
    JOBS_TARGET_REACHED("province.jobs-target-reached",
            kpis -> kpis.jobsTarget().isPresent() ? 100.0 * kpis.jobsPosted() / kpis.jobsTarget().getAsDouble() : 0,
            kpis -> kpis.jobsTarget().isPresent() ? OptionalDouble.of(100) : OptionalDouble.empty()),
    WORKERS("kpi.workers", CityKpis::workers),
    EMPLOYERS("kpi.employers", CityKpis::employers),
    THIRD_PARTY_SHARE("kpi.third-party", kpis -> 100 * kpis.thirdPartyShare(),
            kpis -> kpis.thirdPartyTarget() > 0 ? OptionalDouble.of(100 * kpis.thirdPartyTarget())
                    : OptionalDouble.empty()),
    TOWNSHIP_STATIONS("kpi.township-stations", kpis -> percent(kpis.townshipStations()),
            kpis -> target(kpis.townshipStations())),
    VILLAGE_WINDOWS("kpi.village-windows", kpis -> percent(kpis.centralVillageWindows()),
            kpis -> target(kpis.centralVillageWindows())),
    COUNTY_MARKETS("kpi.county-markets", kpis -> percent(kpis.countyMarkets()),
            kpis -> target(kpis.countyMarkets())),
    MEDIATION_SUCCESS("kpi.mediation-success", kpis -> percent(kpis.disputes().mediationSuccessRate()),
            kpis -> OptionalDouble.of(kpis.disputes().mediationTargetPercent())),
    ARBITRATION_CLOSURE("kpi.arbitration-closure", kpis -> percent(kpis.disputes().arbitrationClosureRate()),
            kpis -> OptionalDouble.of(kpis.disputes().arbitrationTargetPercent()));

    static final List<CityMeasure> ALL = List.of(values());

    private final String key;
    private final boolean percent;
    private final ToDoubleFunction<CityKpis> value;
    private final Function<CityKpis, OptionalDouble> target;

    /** A count. */
    CityMeasure(String key, ToDoubleFunction<CityKpis> value) {
        this(key, false, value, kpis -> OptionalDouble.empty());
    }

    /** A percentage, with each city's target for it. */
    CityMeasure(String key, ToDoubleFunction<CityKpis> value, Function<CityKpis, OptionalDouble> target) {
        this(key, true, value, target);
    }

    private CityMeasure(String key, boolean percent, ToDoubleFunction<CityKpis> value,
                        Function<CityKpis, OptionalDouble> target) {
        this.key = key;
        this.percent = percent;
        this.value = value;
        this.target = target;
    }

    /** The label's key in the message bundles. */
    String key() {
        return key;
    }

    boolean isPercent() {
        return percent;
    }

    double of(CityKpis kpis) {
        return value.applyAsDouble(kpis);
    }

    /** The city's target for this percentage, if it has one. */
    OptionalDouble targetOf(CityKpis kpis) {
        return target.apply(kpis);
    }

    private static OptionalDouble target(CityKpis.Measure measure) {
        return measure == null || measure.target() == null ? OptionalDouble.empty() : OptionalDouble.of(measure.target());
    }

    private static double percent(Double rate) {
        return rate == null ? 0 : 100 * rate;
    }

    private static double percent(CityKpis.Measure measure) {
        return measure == null || measure.percent() == null ? 0 : measure.percent();
    }
}
