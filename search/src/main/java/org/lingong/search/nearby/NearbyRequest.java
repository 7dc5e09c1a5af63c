package org.lingong.search.nearby;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lingong.search.jobs.JobDocument.SourceChannel;
import org.lingong.search.jobs.JobDocument.Term;

/**
 * The nearby API's query parameters as sent. Every one is text here, so that {@link #check()} can answer any bad
 * value with a problem naming the parameter, instead of a generic binding error.
 */
record NearbyRequest(
        @Schema(description = "Latitude (WGS-84), 3.8–53.6", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "33.9631") @Nullable String lat,
        @Schema(description = "Longitude (WGS-84), 73.5–135.1", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "118.2752") @Nullable String lon,
        @Schema(description = "Radius in metres, 100–50000; excludes minutes and mode") @Nullable String radiusMeters,
        @Schema(description = "Minutes of travel, 1–120 (default 15)") @Nullable String minutes,
        @Schema(description = "WALK (default), BIKE, EBIKE or TRANSIT: the tenant's speed for it makes the radius")
        @Nullable String mode,
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
        @Schema(description = "true: also count per category and per wage band within the circle")
        @Nullable String facets,
        @Schema(description = "false: leave out the shared jobs of neighbouring tenants (default true)")
        @Nullable String neighbours) {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final Pattern CATEGORY = Pattern.compile("[a-z][a-z0-9_]{1,40}");

    NearbyQuery check() {
        Circle circle = Circle.of(lat, lon, radiusMeters, minutes, mode);
        List<String> categories = category == null ? List.of() : category.stream()
                .filter(value -> !Parameters.absent(value)).map(String::strip).distinct().toList();
        for (String code : categories) {
            if (!CATEGORY.matcher(code).matches()) {
                throw BadParameter.invalid("category", code, "[a-z][a-z0-9_]{1,40}");
            }
        }
        LocalDate from = Parameters.date("startsFrom", startsFrom);
        LocalDate to = Parameters.date("startsTo", startsTo);
        if (from != null && to != null && to.isBefore(from)) {
            throw BadParameter.invalid("startsTo", startsTo, "≥ startsFrom " + from);
        }
        List<SourceChannel> sources = source == null ? List.of() : source.stream()
                .filter(value -> !Parameters.absent(value))
                .map(value -> Parameters.choice("source", value, SourceChannel.class)).distinct().toList();
        String text = Parameters.absent(q) ? null : q.strip();
        if (text != null && text.codePointCount(0, text.length()) > 50) {
            throw BadParameter.invalid("q", text, "≤ 50");
        }
        Sort order = Parameters.choice("sort", sort, Sort.class);
        Long pageNumber = Parameters.integer("page", page, 0, 50);
        Long pageSize = Parameters.integer("size", size, 1, 50);
        return new NearbyQuery(circle, categories, Parameters.integer("minWagePerDayFen", minWagePerDayFen, 0,
                Long.MAX_VALUE), startOf(from), to == null ? null : startOf(to.plusDays(1)),
                Parameters.choice("term", term, Term.class), Parameters.flag("priorityOnly", priorityOnly, false),
                sources, text, order == null ? Sort.DISTANCE : order, pageNumber == null ? 0 : pageNumber.intValue(),
                pageSize == null ? 20 : pageSize.intValue(), Parameters.flag("facets", facets, false),
                Parameters.flag("neighbours", neighbours, true));
    }

    private static @Nullable Instant startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(CHINA).toInstant();
    }
}
