package org.lingong.core.regions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The current city's regions, in its own schema. */
@Component
public class Regions {

    private static final String COLUMNS = "code, name, level, parent_code, central";

    private final JdbcClient jdbc;

    Regions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Region> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from region where code = ?").param(code)
                .query(Regions::region).optional();
    }

    /** The region and its ancestors, the region first. */
    public List<Region> chain(String code) {
        return jdbc.sql("""
                with recursive up as (
                    select %1$s, 0 as depth from region where code = ?
                    union all
                    select r.code, r.name, r.level, r.parent_code, r.central, up.depth + 1
                    from region r join up on r.code = up.parent_code)
                select %1$s from up order by depth""".formatted(COLUMNS))
                .param(code).query(Regions::region).list();
    }

    List<Region> list(RegionLevel level, String parentCode) {
        return jdbc.sql("select " + COLUMNS + " from region"
                        + " where (cast(? as text) is null or level = ?)"
                        + " and (cast(? as text) is null or parent_code = ?)"
                        + " order by code")
                .params(level == null ? null : level.name(), level == null ? null : level.name(), parentCode,
                        parentCode)
                .query(Regions::region).list();
    }

    /** Every region of the city by code. */
    public Map<String, Region> all() {
        // list(), not stream(): a stream holds its connection until closed, and outside a transaction nothing closes it.
        return jdbc.sql("select " + COLUMNS + " from region").query(Regions::region).list().stream()
                .collect(Collectors.toMap(Region::code, Function.identity()));
    }

    /** Every region's name by code, for lists that show names next to codes. */
    public Map<String, String> names() {
        return jdbc.sql("select code, name from region").query((row, n) -> Map.entry(row.getString(1),
                row.getString(2))).list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
                (first, second) -> first, HashMap::new));
    }

    void insert(Region region) {
        jdbc.sql("insert into region (" + COLUMNS + ") values (?, ?, ?, ?, ?)")
                .params(region.code(), region.name(), region.level().name(), region.parentCode(), region.central())
                .update();
    }

    void update(Region region) {
        jdbc.sql("update region set name = ?, central = ?, updated_at = now() where code = ?")
                .params(region.name(), region.central(), region.code()).update();
    }

    private static Region region(ResultSet row, int number) throws SQLException {
        return new Region(row.getString("code"), row.getString("name"), RegionLevel.valueOf(row.getString("level")),
                row.getString("parent_code"), row.getBoolean("central"));
    }
}
