package org.lingong.common.nearby;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.i18n.China;

/**
 * A checked nearby query ({@link NearbyRequest#check()}). Start days are already the instants bounding the
 * Asia/Shanghai days asked for ({@code startsBefore} exclusive). A wage floor leaves piece-rate jobs out (they have no
 * wage per day). Results are ordered by {@link #sort}, then by distance, then by job id, on both engines.
 */
public record NearbyQuery(
        NearbyArea area,
        List<String> categories,
        @Nullable Long minWagePerDayFen,
        @Nullable Instant startsFrom,
        @Nullable Instant startsBefore,
        @Nullable Term term,
        boolean priorityOnly,
        List<Source> sources,
        @Nullable String text,
        Sort sort,
        int page,
        int size,
        boolean facets,
        boolean neighbours) {

    static final ZoneId CHINA = China.ZONE;

    /** Short-term gig or longer job (the names of the jobs' own term). */
    public enum Term { SHORT, LONG }

    /** Where a job came from (the names of the jobs' own source channel). */
    public enum Source { GOVERNMENT, THIRD_PARTY, EMPLOYER, EXTERNAL_FEED }

    /** The order of the results; distance, then the job id, break every tie. */
    public enum Sort { DISTANCE, WAGE, RECENT, RELEVANCE }

    /**
     * Refuses a category the city does not have (or has retired): 400 {@code unknown-category}, naming the valid codes
     * in the detail and in {@code validCodes}, sorted.
     *
     * @param active the city's active category codes
     */
    public void requireKnownCategories(Collection<String> active) {
        for (String code : categories) {
            if (!active.contains(code)) {
                List<String> valid = active.stream().sorted().toList();
                throw new ProblemException(ProblemType.UNKNOWN_CATEGORY, code, String.join(", ", valid))
                        .withFieldError("category").with("validCodes", valid);
            }
        }
    }
}
