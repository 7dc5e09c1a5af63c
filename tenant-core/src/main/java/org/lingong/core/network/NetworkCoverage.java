package org.lingong.core.network;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.lingong.core.regions.Region;
import org.lingong.core.regions.RegionLevel;
import org.lingong.core.regions.Regions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts coverage of the city's regions (the regions feature's) by its OPEN carriers (this feature's), each measure per
 * county and for the whole city, with the uncovered regions as gaps: a station anywhere below a township covers it, a
 * window covers its own central village, a county market (comprehensive, unlike an industry market) covers its county.
 * A city has at most a few thousand regions, so they are counted here rather than joined in SQL.
 */
@Component
class NetworkCoverage {

    private final Regions regions;
    private final JdbcClient jdbc;

    NetworkCoverage(Regions regions, JdbcClient jdbc) {
        this.regions = regions;
        this.jdbc = jdbc;
    }

    /** One counted measure; {@code county} is null for the whole city; gaps in code order. */
    record Row(CoverageMeasure measure, String county, String countyName, long numerator, long denominator,
               BigDecimal percent, List<Coverage.Gap> gaps) {
    }

    /** A region a measure counts, in its county, and whether it is covered. */
    private record Subject(CoverageMeasure measure, String county, Region region, boolean covered) {
    }

    /** The whole city's three rows first, then three per county in code order. */
    List<Row> count() {
        List<Region> all = regions.all().values().stream().sorted(Comparator.comparing(Region::code)).toList();
        List<Region> counties = all.stream().filter(r -> r.level() == RegionLevel.COUNTY).toList();
        Set<String> countyCodes = counties.stream().map(Region::code).collect(Collectors.toSet());
        List<Subject> subjects = subjects(all).stream().filter(s -> countyCodes.contains(s.county())).toList();
        List<Row> rows = new ArrayList<>();
        for (CoverageMeasure measure : CoverageMeasure.values()) {
            rows.add(row(measure, null, null, subjects, s -> s.measure() == measure));
        }
        for (Region county : counties) {
            for (CoverageMeasure measure : CoverageMeasure.values()) {
                rows.add(row(measure, county.code(), county.name(), subjects,
                        s -> s.measure() == measure && s.county().equals(county.code())));
            }
        }
        return rows;
    }

    private List<Subject> subjects(List<Region> all) {
        Map<String, List<String>> open = jdbc.sql("""
                        select kind, region_code from carrier where status = 'OPEN'
                        and (kind in ('STATION', 'WINDOW') or kind = 'MARKET' and market_level = 'COUNTY')""")
                .query((row, n) -> Map.entry(row.getString(1), row.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<String> stations = open.getOrDefault("STATION", List.of());
        Set<String> windows = new HashSet<>(open.getOrDefault("WINDOW", List.of()));
        Set<String> markets = new HashSet<>(open.getOrDefault("MARKET", List.of()));
        List<Subject> subjects = new ArrayList<>();
        for (Region region : all) {
            String code = region.code();
            if (region.level() == RegionLevel.TOWNSHIP) {
                subjects.add(new Subject(CoverageMeasure.TOWNSHIP_STATIONS, region.parentCode(), region,
                        stations.stream().anyMatch(station -> station.startsWith(code))));
            }
            if (region.central()) {
                subjects.add(new Subject(CoverageMeasure.CENTRAL_VILLAGE_WINDOWS, code.substring(0, 6), region,
                        windows.contains(code)));
            }
            if (region.level() == RegionLevel.COUNTY) {
                subjects.add(new Subject(CoverageMeasure.COUNTY_MARKETS, code, region, markets.contains(code)));
            }
        }
        return subjects;
    }

    private static Row row(CoverageMeasure measure, String county, String countyName, List<Subject> subjects,
                           Predicate<Subject> counted) {
        List<Subject> mine = subjects.stream().filter(counted).toList();
        long covered = mine.stream().filter(Subject::covered).count();
        BigDecimal percent = mine.isEmpty() ? null
                : BigDecimal.valueOf(100 * covered).divide(BigDecimal.valueOf(mine.size()), 1, RoundingMode.HALF_UP);
        List<Coverage.Gap> gaps = mine.stream().filter(s -> !s.covered())
                .map(s -> new Coverage.Gap(s.region().code(), s.region().name())).toList();
        return new Row(measure, county, countyName, covered, mine.size(), percent, gaps);
    }
}
