package org.lingong.core.jobs;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lingong.common.nearby.NearbyQuery;
import org.lingong.core.nearby.Circle;
import org.lingong.core.people.PriorityGroup;
import org.lingong.core.tenancy.CurrentTenant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Open jobs in a circle, straight from the city's job table: a bounding box the {@code job_open_nearby} index scans,
 * the exact haversine distance, the filters of the search API. Only open jobs with free slots that are still valid.
 */
@Component
public class NearbyJobs {

    private final JdbcClient jdbc;

    NearbyJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Filters as the search API names them; null or empty means "any". */
    public record Filter(List<String> categories, Long minWagePerDayFen, Instant startsFrom, Instant startsBefore,
                         JobPosting.Term term, boolean priorityOnly, List<SourceChannel> sources, String text) {

        public static final Filter NONE = new Filter(List.of(), null, null, null, null, false, List.of(), null);

        /** The filters of a nearby query; its choices carry the names of the jobs' own term and source channel. */
        static Filter of(NearbyQuery query) {
            return new Filter(query.categories(), query.minWagePerDayFen(), query.startsFrom(), query.startsBefore(),
                    query.term() == null ? null : JobPosting.Term.valueOf(query.term().name()), query.priorityOnly(),
                    query.sources().stream().map(source -> SourceChannel.valueOf(source.name())).toList(),
                    query.text());
        }
    }

    public record Wage(long amountFen, WageUnit unit, Long perDayFen) {
    }

    public record Point(double latitude, double longitude) {
    }

    public record Hit(String tenant, UUID jobId, String title, String category, Wage wage, Point location,
                      String address, Long marketId, Instant startsAt, Instant endsAt, JobPosting.Term term,
                      int slotsOpen, SourceChannel sourceChannel, List<PriorityGroup> priorityGroups,
                      long distanceMeters, int walkingMinutes) {
    }

    public record Found(List<Hit> hits, long total) {
    }

    /**
     * One page of the open jobs in the circle, ordered like search orders them: by {@code sort}, then distance, then
     * the newest, then the job id.
     *
     * @param walkMetresPerMinute the city's walking speed, for each hit's walking minutes
     */
    public Found find(Circle circle, int walkMetresPerMinute, Filter filter, NearbyQuery.Sort sort, int page,
                      int size) {
        Map<String, Object> params = new HashMap<>(circle.parameters());
        StringBuilder where = new StringBuilder("j.status = 'OPEN' and ")
                .append(Circle.boxSql("j.latitude", "j.longitude"))
                .append(" and j.valid_until > now() and j.filled < j.slots");
        if (!filter.categories().isEmpty()) {
            where.append(" and j.category in (:categories)");
            params.put("categories", filter.categories());
        }
        if (filter.minWagePerDayFen() != null) {
            // Piece rates have no wage per day: a wage floor leaves them out.
            where.append(" and j.wage_per_day_fen >= :minWage");
            params.put("minWage", filter.minWagePerDayFen());
        }
        if (filter.startsFrom() != null) {
            where.append(" and j.starts_at >= :startsFrom");
            params.put("startsFrom", OffsetDateTime.ofInstant(filter.startsFrom(), ZoneOffset.UTC));
        }
        if (filter.startsBefore() != null) {
            where.append(" and j.starts_at < :startsBefore");
            params.put("startsBefore", OffsetDateTime.ofInstant(filter.startsBefore(), ZoneOffset.UTC));
        }
        if (filter.term() != null) {
            where.append(" and j.term = :term");
            params.put("term", filter.term().name());
        }
        if (filter.priorityOnly()) {
            where.append(" and cardinality(j.priority_groups) > 0");
        }
        if (!filter.sources().isEmpty()) {
            where.append(" and j.source_channel in (:sources)");
            params.put("sources", filter.sources().stream().map(Enum::name).toList());
        }
        if (filter.text() != null) {
            // Degraded text matching: a plain substring, no relevance.
            where.append(" and (j.title ilike :text or j.description ilike :text)");
            params.put("text", ContainsPattern.of(filter.text()));
        }
        String near = "from (select j.*, " + Circle.distanceSql("j.latitude", "j.longitude")
                + " as distance from job j where " + where + ") near where distance <= :radius";
        params.put("size", size);
        params.put("offset", page * size);
        String tenant = CurrentTenant.require().value();
        List<Row> rows = jdbc.sql("select near.*, count(*) over () as total " + near + " order by " + order(sort)
                        + " limit :size offset :offset")
                .params(params).query((rs, n) -> row(rs, tenant, walkMetresPerMinute)).list();
        long total = !rows.isEmpty() ? rows.getFirst().total()
                : page == 0 ? 0 : jdbc.sql("select count(*) " + near).params(params).query(Long.class).single();
        return new Found(rows.stream().map(Row::hit).toList(), total);
    }

    private static String order(NearbyQuery.Sort sort) {
        String ties = "distance, created_at desc, id";
        return switch (sort) {
            case WAGE -> "wage_per_day_fen desc nulls last, " + ties;
            case RECENT -> "created_at desc, " + ties;
            // Without search there is no text relevance: relevance falls back to distance.
            case DISTANCE, RELEVANCE -> ties;
        };
    }

    private record Row(Hit hit, long total) {
    }

    private static Row row(ResultSet rs, String tenant, int walkMetresPerMinute) throws SQLException {
        double distance = rs.getDouble("distance");
        Array groups = rs.getArray("priority_groups");
        Hit hit = new Hit(tenant, rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("category"),
                new Wage(rs.getLong("wage_amount_fen"), WageUnit.valueOf(rs.getString("wage_unit")),
                        rs.getObject("wage_per_day_fen", Long.class)),
                new Point(rs.getDouble("latitude"), rs.getDouble("longitude")), rs.getString("address"),
                rs.getObject("market_id", Long.class), rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(), JobPosting.Term.valueOf(rs.getString("term")),
                rs.getInt("slots") - rs.getInt("filled"), SourceChannel.valueOf(rs.getString("source_channel")),
                Arrays.stream((String[]) groups.getArray()).map(PriorityGroup::valueOf).toList(),
                Math.round(distance), Circle.walkingMinutes(distance, walkMetresPerMinute));
        return new Row(hit, rs.getLong("total"));
    }
}
