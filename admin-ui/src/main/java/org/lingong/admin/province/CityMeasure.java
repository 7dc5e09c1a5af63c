package org.lingong.admin.province;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.lingong.admin.city.CityKpis;

/**
 * A figure the province compares its cities by: a column of the table and the sheet, and a choice for the chart.
 * Percentages are kept as percent (62.5), counts as counts; a city with nothing to measure counts as 0.
 */
enum CityMeasure {
    JOBS("kpi.jobs", false, CityKpis::jobsPosted),
    JOBS_TARGET_REACHED("province.jobs-target-reached", true,
            kpis -> kpis.jobsTarget().isPresent() ? 100.0 * kpis.jobsPosted() / kpis.jobsTarget().getAsDouble() : 0),
    WORKERS("kpi.workers", false, CityKpis::workers),
    EMPLOYERS("kpi.employers", false, CityKpis::employers),
    THIRD_PARTY_SHARE("kpi.third-party", true, kpis -> 100 * kpis.thirdPartyShare()),
    TOWNSHIP_STATIONS("kpi.township-stations", true, kpis -> percent(kpis.townshipStations())),
    VILLAGE_WINDOWS("kpi.village-windows", true, kpis -> percent(kpis.centralVillageWindows())),
    COUNTY_MARKETS("kpi.county-markets", true, kpis -> percent(kpis.countyMarkets()));

    static final List<CityMeasure> ALL = List.of(values());

    private final String key;
    private final boolean percent;
    private final ToDoubleFunction<CityKpis> value;

    CityMeasure(String key, boolean percent, ToDoubleFunction<CityKpis> value) {
        this.key = key;
        this.percent = percent;
        this.value = value;
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

    private static double percent(CityKpis.Measure measure) {
        return measure == null || measure.percent() == null ? 0 : measure.percent();
    }
}
