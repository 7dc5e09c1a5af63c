package org.lingong.core.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.lingong.common.tenant.Roles;
import org.lingong.core.regions.Divisions;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Coverage of the open network against the guideline's targets, for the city and each county. */
@RestController
@Tag(name = "network")
class CoverageController {

    private final NetworkCoverage coverage;
    private final Divisions divisions;
    private final MessageSource messages;

    CoverageController(NetworkCoverage coverage, Divisions divisions, MessageSource messages) {
        this.coverage = coverage;
        this.divisions = divisions;
        this.messages = messages;
    }

    @GetMapping("/api/v1/network/coverage")
    @PreAuthorize(Roles.Allow.CITY_READERS)
    @Operation(summary = "服务网络覆盖率（驿站覆盖乡镇街道、中心村专窗、县级综合市场）及缺口 / Network coverage "
            + "(stations per township, windows in central villages, comprehensive county markets) with gaps")
    Coverage coverage() {
        Map<String, Map<CoverageMeasure, Coverage.Measure>> byCounty = new LinkedHashMap<>();
        Map<String, String> countyNames = new LinkedHashMap<>();
        Map<CoverageMeasure, Coverage.Measure> city = new EnumMap<>(CoverageMeasure.class);
        for (NetworkCoverage.Row row : coverage.count()) {
            Map<CoverageMeasure, Coverage.Measure> area = row.county() == null ? city
                    : byCounty.computeIfAbsent(row.county(), code -> new EnumMap<>(CoverageMeasure.class));
            area.put(row.measure(), measure(row));
            if (row.county() != null) {
                countyNames.put(row.county(), row.countyName());
            }
        }
        String code = divisions.divisionCode();
        Coverage.Area whole = area(code, divisions.officialName(code).orElseGet(divisions::cityName), city);
        return new Coverage(whole, byCounty.entrySet().stream()
                .map(county -> area(county.getKey(), countyNames.get(county.getKey()), county.getValue())).toList());
    }

    private static Coverage.Area area(String code, String name, Map<CoverageMeasure, Coverage.Measure> measures) {
        return new Coverage.Area(code, name, measures.get(CoverageMeasure.TOWNSHIP_STATIONS),
                measures.get(CoverageMeasure.CENTRAL_VILLAGE_WINDOWS), measures.get(CoverageMeasure.COUNTY_MARKETS));
    }

    private Coverage.Measure measure(NetworkCoverage.Row row) {
        CoverageMeasure measure = row.measure();
        Object[] target = {measure.target()};
        Map<String, String> titles = Map.of("zh", messages.getMessage(measure.textKey(), target,
                Locale.SIMPLIFIED_CHINESE), "en", messages.getMessage(measure.textKey(), target, Locale.ENGLISH));
        Boolean met = row.percent() == null ? null : row.percent().compareTo(measure.target()) >= 0;
        return new Coverage.Measure(titles, row.numerator(), row.denominator(), row.percent(), measure.target(), met,
                row.gaps());
    }
}
