package org.lingong.admin.nearby;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The nearby-jobs API's answers: {@code GET /api/v1/jobs/nearby} (search, or tenant-core's PostgreSQL fallback marked
 * {@code degraded}) and {@code GET /api/v1/markets/{id}/jobs}.
 */
public final class NearbyJobs {

    private NearbyJobs() {
    }

    public record Point(double latitude, double longitude) implements Serializable {
    }

    /** {@code perDayFen} is empty for piece rates, which have no day's worth. */
    public record Wage(long amountFen, String unit, Long perDayFen) implements Serializable {
    }

    public record Hit(String tenant, UUID jobId, String title, String category, Wage wage, Point location,
                      String address, Long marketId, Instant startsAt, Instant endsAt, String term, int slotsOpen,
                      String sourceChannel, List<String> priorityGroups, long distanceMeters, int walkingMinutes)
            implements Serializable {

        public Hit {
            priorityGroups = priorityGroups == null ? List.of() : List.copyOf(priorityGroups);
        }
    }

    /** {@code mode} and {@code minutes} are empty when the circle was given in metres. */
    public record Found(boolean degraded, Point center, int radiusMeters, String mode, Integer minutes, long total,
                        int page, int size, List<Hit> hits) implements Serializable {
    }

    public record AtMarket(long marketId, String marketName, Point center, int radiusMeters, long total, int size,
                           List<Hit> hits) implements Serializable {
    }
}
