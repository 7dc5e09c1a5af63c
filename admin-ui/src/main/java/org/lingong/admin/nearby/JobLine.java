package org.lingong.admin.nearby;

import java.util.Locale;
import java.util.Map;

import org.lingong.admin.nearby.NearbyJobs.Hit;

/**
 * The six facts of a job that every public page shows, written for people in the UI language: the worker page's
 * cards and the market screen's rows lay out the same texts.
 *
 * @param startTime when work starts, e.g. 11月25日 08:00
 * @param slotsOpen how many more people the job takes, e.g. 6
 */
public record JobLine(String title, String category, String wage, String distance, String startTime,
                      String slotsOpen) {

    /** @param categoryNames the city's categories by code, named in {@code language}; an unknown code shows as it is */
    public static JobLine of(Hit job, Map<String, String> categoryNames, Locale language) {
        return new JobLine(job.title(), categoryNames.getOrDefault(job.category(), job.category()),
                JobTexts.wage(job.wage(), language), JobTexts.distance(job.distanceMeters()),
                JobTexts.startTime(job.startsAt(), language), String.valueOf(job.slotsOpen()));
    }
}
