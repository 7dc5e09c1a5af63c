package org.lingong.e2e;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Job postings the browser tests send through the gateway as an employer would. */
final class TestJobs {

    private TestJobs() {
    }

    /**
     * An employer's own domestic-work job as JSON: two slots, four hours from the top of the hour {@code daysAhead}
     * days on, 20 yuan an hour, at the place; {@code priorityGroups} a JSON array, {@code []} for a job open to all.
     */
    static String posting(String title, String description, int daysAhead, Places.Spot place,
                          String priorityGroups) {
        Instant start = Instant.now().plus(daysAhead, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        return """
                {"title": "%s", "category": "domestic", "description": "%s", "slots": 2,
                 "address": "宿迁市宿城区幸福路", "startsAt": "%s", "endsAt": "%s", "term": "SHORT",
                 "contactPolicy": "PLATFORM_ONLY", "wage": {"amountFen": 2000, "unit": "HOUR"},
                 "location": {"latitude": %s, "longitude": %s}, "source": {"channel": "EMPLOYER"},
                 "priorityGroups": %s}"""
                .formatted(title, description, start, start.plus(4, ChronoUnit.HOURS), place.latitude(),
                        place.longitude(), priorityGroups);
    }
}
