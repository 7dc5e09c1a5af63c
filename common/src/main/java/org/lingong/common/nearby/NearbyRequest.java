package org.lingong.common.nearby;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of {@code GET /api/v1/jobs/nearby} as sent, on search and on tenant-core's PostgreSQL fallback
 * alike. Every one is text here, so that {@link #check()} answers any bad value with a problem naming the parameter
 * instead of a generic binding error.
 */
public record NearbyRequest(
        @Schema(description = "Latitude (WGS-84), 3.8–53.6", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "33.9631") @Nullable String lat,
        @Schema(description = "Longitude (WGS-84), 73.5–135.1", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "118.2752") @Nullable String lon,
        @Schema(description = "Radius in metres, 100–50000; excludes minutes and mode") @Nullable String radiusMeters,
        @Schema(description = "Minutes of travel, 1–120 (default 15)") @Nullable String minutes,
        @Schema(description = "WALK (default), BIKE, EBIKE or TRANSIT, in any case: the city's speed for it makes "
                + "the radius") @Nullable String mode,
        @Schema(description = "Job category code, repeatable; an unknown one is a 400 listing the valid codes")
        @Nullable List<String> category,
        @Schema(description = "Minimum wage per day in fen (hour × 8, month ÷ 21.75); leaves piece rates out")
        @Nullable String minWagePerDayFen,
        @Schema(description = "First start day (yyyy-MM-dd, Asia/Shanghai), inclusive") @Nullable String startsFrom,
        @Schema(description = "Last start day (yyyy-MM-dd, Asia/Shanghai), inclusive") @Nullable String startsTo,
        @Schema(description = "SHORT or LONG") @Nullable String term,
        @Schema(description = "true: only jobs reserved for at least one priority group") @Nullable String priorityOnly,
        @Schema(description = "Source channel, repeatable: GOVERNMENT, THIRD_PARTY, EMPLOYER, EXTERNAL_FEED")
        @Nullable List<String> source,
        @Schema(description = "Text in title or description, ≤ 50 characters (Chinese works)") @Nullable String q,
        @Schema(description = "DISTANCE (default), WAGE, RECENT or RELEVANCE") @Nullable String sort,
        @Schema(description = "Page, 0-based, ≤ 50") @Nullable String page,
        @Schema(description = "Page size, 1–50 (default 20)") @Nullable String size,
        @Schema(description = "true: also count per category and per wage band within the circle (search only; "
                + "null from the fallback)") @Nullable String facets,
        @Schema(description = "false: leave out the shared jobs of neighbouring cities (default true; the fallback "
                + "never has them)") @Nullable String neighbours) {

    /** What {@link NearbyQuery#categories()} may hold; whether the city knows a code is its service's to check. */
    static final String CATEGORY = "[a-z][a-z0-9_]{1,40}";

    /** The query, or a 400 problem naming the first bad parameter. */
    public NearbyQuery check() {
        NearbyArea area = NearbyArea.of(lat, lon, radiusMeters, minutes, mode);
        List<String> categories = category == null ? List.of() : category.stream()
                .filter(value -> !QueryParameters.absent(value)).map(String::strip).distinct().toList();
        for (String code : categories) {
            if (!code.matches(CATEGORY)) {
                throw QueryParameters.invalid("category", code, CATEGORY);
            }
        }
        LocalDate from = QueryParameters.date("startsFrom", startsFrom);
        LocalDate to = QueryParameters.date("startsTo", startsTo);
        if (from != null && to != null && to.isBefore(from)) {
            throw QueryParameters.invalid("startsTo", to.toString(), "≥ startsFrom " + from);
        }
        Long minWage = QueryParameters.integer("minWagePerDayFen", minWagePerDayFen, 0, Long.MAX_VALUE);
        NearbyQuery.Term jobTerm = QueryParameters.choice("term", term, NearbyQuery.Term.class);
        boolean priority = QueryParameters.flag("priorityOnly", priorityOnly, false);
        List<NearbyQuery.Source> sources = QueryParameters.choices("source", source, NearbyQuery.Source.class);
        String text = QueryParameters.text("q", q, 50);
        NearbyQuery.Sort order = QueryParameters.choice("sort", sort, NearbyQuery.Sort.class);
        int pageNumber = QueryParameters.integer("page", page, 0, 50, 0);
        int pageSize = QueryParameters.integer("size", size, 1, 50, 20);
        return new NearbyQuery(area, categories, minWage,
                from == null ? null : from.atStartOfDay(NearbyQuery.CHINA).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(NearbyQuery.CHINA).toInstant(),
                jobTerm, priority, sources, text, order == null ? NearbyQuery.Sort.DISTANCE : order, pageNumber,
                pageSize, QueryParameters.flag("facets", facets, false),
                QueryParameters.flag("neighbours", neighbours, true));
    }
}
