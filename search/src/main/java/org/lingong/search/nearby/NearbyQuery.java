package org.lingong.search.nearby;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lingong.search.jobs.JobDocument.SourceChannel;
import org.lingong.search.jobs.JobDocument.Term;

/**
 * A checked nearby query. Start dates are already the instants bounding the Asia/Shanghai days asked for
 * ({@code startsBefore} exclusive). A wage floor, when given, leaves piece-rate jobs out (they have no per-day wage).
 */
record NearbyQuery(
        Circle circle,
        List<String> categories,
        @Nullable Long minWagePerDayFen,
        @Nullable Instant startsFrom,
        @Nullable Instant startsBefore,
        @Nullable Term term,
        boolean priorityOnly,
        List<SourceChannel> sources,
        @Nullable String text,
        Sort sort,
        int page,
        int size,
        boolean facets,
        boolean neighbours) {
}
