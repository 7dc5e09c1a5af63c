package org.lingong.search.nearby;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.GeoDistanceType;
import co.elastic.clients.elasticsearch._types.GeoLocation;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.lingong.common.nearby.NearbyArea;
import org.lingong.common.nearby.NearbyQuery;
import org.lingong.common.nearby.TravelMode;
import org.lingong.common.tenant.TenantCode;
import org.lingong.search.elastic.ElasticCalls;
import org.lingong.search.jobs.IndexedJob;
import org.lingong.search.jobs.JobsIndex;
import org.lingong.search.tenants.TenantDirectory;
import org.lingong.search.tenants.TenantSettings;
import org.springframework.stereotype.Component;

/**
 * Runs nearby queries on the shared jobs index: a tenant filter (the request's tenant, plus its sharing neighbours
 * unless left out) with routing to exactly those tenants, the circle as a {@code geo_distance} filter (arc), only
 * listed jobs (open, free slots, not expired), the other filters, an optional phrase query on title and description
 * (the standard analyzer makes each Chinese character a token, so a phrase is a substring match), and facets as
 * aggregations of the same request. Every hit's distance comes from a {@code geo_distance} sort key.
 */
@Component
class NearbySearch {

    /** Lower bounds of the per-day wage bands in fen: &lt;100 元, 100–150, 150–200, 200–300, ≥300. */
    static final long[] WAGE_BANDS = {0, 10_000, 15_000, 20_000, 30_000};

    private final ElasticsearchClient client;
    private final JobsIndex jobsIndex;
    private final TenantDirectory tenants;

    NearbySearch(ElasticsearchClient client, JobsIndex jobsIndex, TenantDirectory tenants) {
        this.client = client;
        this.jobsIndex = jobsIndex;
        this.tenants = tenants;
    }

    NearbyJobs search(TenantCode tenant, NearbyQuery query) {
        TenantSettings settings = tenants.settingsOf(tenant);
        NearbyArea area = query.area();
        int radius = area.radius(settings::metresPerMinute);
        List<String> searched = tenantsSearched(tenant, query.neighbours());
        BoolQuery.Builder bool = listedWithin(searched, area, radius);
        addFilters(bool, query);
        if (query.text() != null) {
            bool.must(m -> m.multiMatch(mm -> mm.query(query.text()).fields("title^3", "description")
                    .type(TextQueryType.Phrase)));
        }
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(jobsIndex.alias())
                .routing(String.join(",", searched))
                .query(q -> q.bool(bool.build()))
                .from(query.page() * query.size())
                .size(query.size())
                .trackTotalHits(t -> t.enabled(true))
                .source(s -> s.filter(f -> f.excludes("description", "reindexRun")))
                .sort(sortsFor(query.sort(), area));
        if (query.facets()) {
            request.aggregations("categories", a -> a.terms(t -> t.field("category").size(100)));
            request.aggregations("wageBands", a -> a.range(r -> {
                r.field("wagePerDayFen");
                for (int i = 0; i < WAGE_BANDS.length; i++) {
                    double from = WAGE_BANDS[i];
                    Double to = i + 1 < WAGE_BANDS.length ? (double) WAGE_BANDS[i + 1] : null;
                    r.ranges(band -> band.from(from).to(to));
                }
                return r;
            }));
        }
        jobsIndex.ensureCreated();
        SearchResponse<IndexedJob> response = ElasticCalls.call(() -> client.search(request.build(),
                IndexedJob.class));
        int walk = settings.metresPerMinute(TravelMode.WALK);
        List<NearbyJobs.Hit> hits = response.hits().hits().stream().map(hit -> hitOf(hit, walk)).toList();
        return new NearbyJobs(false, new NearbyJobs.Point(area.latitude(), area.longitude()), radius,
                area.mode(), area.minutes(), Objects.requireNonNull(response.hits().total()).value(),
                query.page(), query.size(), hits, query.facets() ? facetsOf(response) : null);
    }

    /** Up to ten distinct titles of listed jobs in the circle containing the prefix, the most frequent first. */
    Suggestions suggest(TenantCode tenant, NearbyArea area, String prefix) {
        TenantSettings settings = tenants.settingsOf(tenant);
        List<String> searched = tenantsSearched(tenant, true);
        BoolQuery.Builder bool = listedWithin(searched, area, area.radius(settings::metresPerMinute))
                .must(m -> m.matchPhrasePrefix(p -> p.field("title").query(prefix)));
        jobsIndex.ensureCreated();
        SearchResponse<Void> response = ElasticCalls.call(() -> client.search(s -> s.index(jobsIndex.alias())
                .routing(String.join(",", searched)).query(q -> q.bool(bool.build())).size(0)
                .aggregations("titles", a -> a.terms(t -> t.field("title.keyword").size(10))), Void.class));
        return new Suggestions(response.aggregations().get("titles").sterms().buckets().array().stream()
                .map(b -> new Suggestions.Suggestion(b.key().stringValue(), b.docCount())).toList());
    }

    private List<String> tenantsSearched(TenantCode tenant, boolean withNeighbours) {
        Stream<String> neighbours = withNeighbours
                ? tenants.neighboursOf(tenant).stream().map(TenantSettings::code)
                : Stream.empty();
        return Stream.concat(Stream.of(tenant.value()), neighbours).toList();
    }

    /** Listed jobs of the tenants, inside the circle: the filters every nearby answer shares. */
    private static BoolQuery.Builder listedWithin(List<String> tenantCodes, NearbyArea area, int radius) {
        return new BoolQuery.Builder()
                .filter(f -> f.terms(t -> t.field("tenant").terms(v -> v.value(
                        tenantCodes.stream().map(FieldValue::of).toList()))))
                .filter(f -> f.term(t -> t.field("status").value("OPEN")))
                .filter(f -> f.range(r -> r.number(n -> n.field("slotsOpen").gt(0.0))))
                .filter(f -> f.range(r -> r.date(d -> d.field("validUntil").gt("now"))))
                .filter(f -> f.geoDistance(g -> g.field("location").location(center(area))
                        .distance(radius + "m").distanceType(GeoDistanceType.Arc)));
    }

    private static void addFilters(BoolQuery.Builder bool, NearbyQuery query) {
        if (!query.categories().isEmpty()) {
            bool.filter(f -> f.terms(t -> t.field("category").terms(v -> v.value(
                    query.categories().stream().map(FieldValue::of).toList()))));
        }
        if (query.minWagePerDayFen() != null) {
            bool.filter(f -> f.range(r -> r.number(n -> n.field("wagePerDayFen")
                    .gte(query.minWagePerDayFen().doubleValue()))));
        }
        if (query.startsFrom() != null || query.startsBefore() != null) {
            bool.filter(f -> f.range(r -> r.date(d -> {
                d.field("startsAt");
                if (query.startsFrom() != null) {
                    d.gte(query.startsFrom().toString());
                }
                if (query.startsBefore() != null) {
                    d.lt(query.startsBefore().toString());
                }
                return d;
            })));
        }
        if (query.term() != null) {
            bool.filter(f -> f.term(t -> t.field("term").value(query.term().name())));
        }
        if (query.priorityOnly()) {
            bool.filter(f -> f.exists(e -> e.field("priorityGroups")));
        }
        if (!query.sources().isEmpty()) {
            bool.filter(f -> f.terms(t -> t.field("sourceChannel").terms(v -> v.value(
                    query.sources().stream().map(s -> FieldValue.of(s.name())).toList()))));
        }
    }

    /**
     * The order asked for, then distance (whose value every hit reports), then the newest, then the job id for stable
     * pages — the order of tenant-core's fallback too.
     */
    private static List<SortOptions> sortsFor(NearbyQuery.Sort sort, NearbyArea area) {
        List<SortOptions> sorts = new ArrayList<>();
        switch (sort) {
            case WAGE -> sorts.add(SortOptions.of(s -> s.field(f -> f.field("wagePerDayFen").order(SortOrder.Desc)
                    .missing("_last"))));
            case RECENT -> sorts.add(SortOptions.of(s -> s.field(f -> f.field("createdAt").order(SortOrder.Desc))));
            case RELEVANCE -> sorts.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
            case DISTANCE -> { }
        }
        sorts.add(SortOptions.of(s -> s.geoDistance(g -> g.field("location").location(center(area))
                .order(SortOrder.Asc).unit(DistanceUnit.Meters).distanceType(GeoDistanceType.Arc))));
        sorts.add(SortOptions.of(s -> s.field(f -> f.field("createdAt").order(SortOrder.Desc))));
        sorts.add(SortOptions.of(s -> s.field(f -> f.field("jobId").order(SortOrder.Asc))));
        return sorts;
    }

    private static GeoLocation center(NearbyArea area) {
        return GeoLocation.of(l -> l.latlon(ll -> ll.lat(area.latitude()).lon(area.longitude())));
    }

    private static NearbyJobs.Hit hitOf(Hit<IndexedJob> hit, int walkMetresPerMinute) {
        IndexedJob job = Objects.requireNonNull(hit.source());
        List<FieldValue> sortValues = hit.sort();
        // The sort keys end with distance, createdAt and jobId (sortsFor).
        double distance = sortValues.get(sortValues.size() - 3).doubleValue();
        return new NearbyJobs.Hit(job.tenant(), job.jobId(), job.title(), job.category(),
                new NearbyJobs.Wage(job.wageAmountFen(), job.wageUnit(), job.wagePerDayFen()),
                new NearbyJobs.Point(job.location().lat(), job.location().lon()), job.address(), job.marketId(),
                job.startsAt(), job.endsAt(), job.term(), job.slotsOpen(), job.sourceChannel(),
                job.priorityGroups() == null ? List.of() : job.priorityGroups(), Math.round(distance),
                (long) Math.ceil(distance / walkMetresPerMinute));
    }

    private static NearbyJobs.Facets facetsOf(SearchResponse<IndexedJob> response) {
        Aggregate categories = response.aggregations().get("categories");
        Aggregate bands = response.aggregations().get("wageBands");
        return new NearbyJobs.Facets(
                categories.sterms().buckets().array().stream()
                        .map(b -> new NearbyJobs.CategoryCount(b.key().stringValue(), b.docCount())).toList(),
                bands.range().buckets().array().stream()
                        .map(b -> new NearbyJobs.WageBand(b.from() == null ? 0 : b.from().longValue(),
                                b.to() == null ? null : b.to().longValue(), b.docCount()))
                        .toList());
    }
}
