package org.lingong.search.nearby;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lingong.common.nearby.TravelMode;
import org.lingong.search.jobs.JobDocument.SourceChannel;
import org.lingong.search.jobs.JobDocument.Term;
import org.lingong.search.jobs.JobDocument.WageUnit;

/**
 * The nearby API's answer (issue 5 contract §3). {@code mode} and {@code minutes} are null when a plain radius was
 * asked for; {@code facets} is null unless asked for. {@code degraded} is always false here: tenant-core's
 * PostgreSQL fallback answers the same shape with true.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record NearbyJobs(boolean degraded, Point center, int radiusMeters, @Nullable TravelMode mode,
        @Nullable Integer minutes, long total, int page, int size, List<Hit> hits, @Nullable Facets facets) {

    record Point(double latitude, double longitude) {
    }

    record Wage(long amountFen, WageUnit unit, @Nullable Long perDayFen) {
    }

    record Hit(String tenant, UUID jobId, String title, String category, Wage wage, Point location,
            @Nullable String address, @Nullable Long marketId, @Nullable Instant startsAt, @Nullable Instant endsAt,
            @Nullable Term term, int slotsOpen, @Nullable SourceChannel sourceChannel, List<String> priorityGroups,
            long distanceMeters, long walkingMinutes) {
    }

    record Facets(List<CategoryCount> categories, List<WageBand> wageBands) {
    }

    record CategoryCount(String code, long count) {
    }

    record WageBand(long fromFen, @Nullable Long toFen, long count) {
    }
}
