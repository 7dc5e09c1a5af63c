package org.lingong.core.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lingong.core.nearby.Circle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The current city's carriers, in its own schema; structured fields are stored as JSON. */
@Component
class Carriers {

    private static final String COLUMNS = """
            id, kind, market_level, industry, co_built_type, name, region_code, latitude, longitude, address,
            opening_hours::text as opening_hours, services::text as services, hotline, complaint_phone, indoor_area_m2,
            zones::text as zones, facilities::text as facilities, operator_type, operator_agency, status,
            created_at, updated_at""";
    private static final String WRITTEN = """
            (kind, market_level, industry, co_built_type, name, region_code, latitude, longitude, address,
             opening_hours, services, hotline, complaint_phone, indoor_area_m2, zones, facilities, operator_type,
             operator_agency, status)""";
    private static final String PLACES =
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Carriers(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record Filter(CarrierKind kind, String regionCode, CarrierStatus status) {
    }

    record Stored(long id, CarrierRequest data, Instant createdAt, Instant updatedAt) {
    }

    long insert(CarrierRequest carrier) {
        return jdbc.sql("insert into carrier " + WRITTEN + " values " + PLACES + " returning id")
                .params(values(carrier)).query(Long.class).single();
    }

    boolean update(long id, CarrierRequest carrier) {
        List<Object> params = values(carrier);
        params.add(id);
        return jdbc.sql("update carrier set " + WRITTEN + " = " + PLACES + ", updated_at = now() where id = ?")
                .params(params).update() == 1;
    }

    private List<Object> values(CarrierRequest c) {
        return new ArrayList<>(Arrays.asList(c.kind().name(), name(c.marketLevel()), c.industry(),
                name(c.coBuiltType()), c.name(), c.regionCode(), c.latitude(), c.longitude(), c.address(),
                json.writeValueAsString(c.openingHours()), json.writeValueAsString(c.services()), c.hotline(),
                c.complaintPhone(), c.indoorAreaM2(), json.writeValueAsString(c.zones()),
                json.writeValueAsString(c.facilities()), c.operatorType().name(), c.operatorAgency(),
                c.status().name()));
    }

    boolean delete(long id) {
        return jdbc.sql("delete from carrier where id = ?").param(id).update() == 1;
    }

    Optional<Stored> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from carrier where id = ?").param(id).query(this::stored)
                .optional();
    }

    /** Carriers matching the filter, in a region or anywhere below it (codes of children start with the parent's). */
    List<Stored> page(Filter filter, int page, int size) {
        List<Object> params = new ArrayList<>(where(filter).params());
        params.add(size);
        params.add((long) page * size);
        return jdbc.sql("select " + COLUMNS + " from carrier" + where(filter).sql()
                        + " order by id limit ? offset ?")
                .params(params).query(this::stored).list();
    }

    List<Stored> all(Filter filter) {
        return jdbc.sql("select " + COLUMNS + " from carrier" + where(filter).sql() + " order by region_code, id")
                .params(where(filter).params()).query(this::stored).list();
    }

    /** When the carriers matching the filter last changed, if any match. */
    Optional<Instant> lastChange(Filter filter) {
        return jdbc.sql("select max(updated_at) from carrier" + where(filter).sql() + " having count(*) > 0")
                .params(where(filter).params()).query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }

    long count(Filter filter) {
        return jdbc.sql("select count(*) from carrier" + where(filter).sql()).params(where(filter).params())
                .query(Long.class).single();
    }

    record Near(Stored carrier, double distanceMeters) {
    }

    record NearPage(List<Near> carriers, long total) {
    }

    /** Open carriers of these kinds (all when empty) in the circle, nearest first. */
    NearPage nearby(Circle circle, List<CarrierKind> kinds, int page, int size) {
        Map<String, Object> params = new HashMap<>(circle.parameters());
        String kindFilter = "";
        if (!kinds.isEmpty()) {
            kindFilter = " and c.kind in (:kinds)";
            params.put("kinds", kinds.stream().map(Enum::name).toList());
        }
        params.put("size", size);
        params.put("offset", page * size);
        String near = "from (select " + COLUMNS + ", " + Circle.distanceSql("latitude", "longitude") + " as distance"
                + " from carrier c where status = 'OPEN' and " + Circle.boxSql("latitude", "longitude")
                + kindFilter + ") near where distance <= :radius";
        List<Near> found = jdbc.sql("select near.* " + near + " order by distance, id limit :size offset :offset")
                .params(params).query((row, n) -> new Near(stored(row, n), row.getDouble("distance"))).list();
        long total = found.isEmpty() && page == 0 ? 0
                : jdbc.sql("select count(*) " + near).params(params).query(Long.class).single();
        return new NearPage(found, total);
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(Filter filter) {
        StringBuilder sql = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (filter.kind() != null) {
            sql.append(" and kind = ?");
            params.add(filter.kind().name());
        }
        if (filter.status() != null) {
            sql.append(" and status = ?");
            params.add(filter.status().name());
        }
        if (filter.regionCode() != null) {
            sql.append(" and starts_with(region_code, ?)");
            params.add(filter.regionCode());
        }
        return new Where(sql.toString(), params);
    }

    private Stored stored(ResultSet row, int number) throws SQLException {
        CarrierRequest data = new CarrierRequest(CarrierKind.valueOf(row.getString("kind")),
                value(MarketLevel.class, row.getString("market_level")), row.getString("industry"),
                value(CoBuiltType.class, row.getString("co_built_type")), row.getString("name"),
                row.getString("region_code"), row.getDouble("latitude"), row.getDouble("longitude"),
                row.getString("address"), json.readValue(row.getString("opening_hours"), OpeningHours.class),
                json.readValue(row.getString("services"), new TypeReference<List<String>>() { }),
                row.getString("hotline"), row.getString("complaint_phone"),
                row.getObject("indoor_area_m2", Double.class),
                json.readValue(row.getString("zones"), new TypeReference<List<Zone>>() { }),
                json.readValue(row.getString("facilities"), new TypeReference<List<String>>() { }),
                OperatorType.valueOf(row.getString("operator_type")), row.getString("operator_agency"),
                CarrierStatus.valueOf(row.getString("status")));
        return new Stored(row.getLong("id"), data, row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant());
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
