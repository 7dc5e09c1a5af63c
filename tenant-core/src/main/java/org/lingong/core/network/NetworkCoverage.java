package org.lingong.core.network;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts coverage in the city's schema in one query: each measure per county and, through a grouping set, for the
 * whole city, with the uncovered regions as gaps. Only OPEN carriers count; a station anywhere below a township
 * covers it, a window covers its own central village, a county market (comprehensive, unlike an industry
 * market) covers its county.
 */
@Component
class NetworkCoverage {

    private static final String QUERY = """
            with subject as (
                select 'TOWNSHIP_STATIONS' as measure, r.parent_code as county, r.code, r.name,
                       exists (select 1 from carrier c where c.kind = 'STATION' and c.status = 'OPEN'
                               and starts_with(c.region_code, r.code)) as covered
                from region r where r.level = 'TOWNSHIP'
                union all
                select 'CENTRAL_VILLAGE_WINDOWS', left(r.code, 6), r.code, r.name,
                       exists (select 1 from carrier c where c.kind = 'WINDOW' and c.status = 'OPEN'
                               and c.region_code = r.code)
                from region r where r.central
                union all
                select 'COUNTY_MARKETS', r.code, r.code, r.name,
                       exists (select 1 from carrier c where c.kind = 'MARKET' and c.status = 'OPEN'
                               and c.market_level = 'COUNTY' and c.region_code = r.code)
                from region r where r.level = 'COUNTY'
            ),
            measure (name) as (values ('TOWNSHIP_STATIONS'), ('CENTRAL_VILLAGE_WINDOWS'), ('COUNTY_MARKETS')),
            cell as (
                select m.name as measure, k.code as county, k.name as county_name, s.code, s.name, s.covered
                from measure m
                left join region k on k.level = 'COUNTY'
                left join subject s on s.measure = m.name and s.county = k.code
            )
            select measure, county, county_name, grouping(county) = 1 as whole_city,
                   count(*) filter (where covered) as numerator,
                   count(code) as denominator,
                   round(100.0 * count(*) filter (where covered) / nullif(count(code), 0), 1) as percent,
                   coalesce(json_agg(json_build_object('code', code, 'name', name) order by code)
                            filter (where not covered), '[]')::text as gaps
            from cell
            group by grouping sets ((measure), (measure, county, county_name))
            having grouping(county) = 1 or county is not null
            order by whole_city desc, county, measure""";

    private final JdbcClient jdbc;

    NetworkCoverage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One counted measure; {@code county} is null for the whole city, {@code gaps} a JSON array of code and name. */
    record Row(CoverageMeasure measure, String county, String countyName, long numerator, long denominator,
               BigDecimal percent, String gaps) {
    }

    /** The whole city's three rows first, then three per county in code order. */
    List<Row> count() {
        return jdbc.sql(QUERY)
                .query((row, number) -> new Row(CoverageMeasure.valueOf(row.getString("measure")),
                        row.getBoolean("whole_city") ? null : row.getString("county"),
                        row.getString("county_name"), row.getLong("numerator"), row.getLong("denominator"),
                        row.getBigDecimal("percent"), row.getString("gaps")))
                .list();
    }
}
