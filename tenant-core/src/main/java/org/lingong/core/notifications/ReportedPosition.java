package org.lingong.core.notifications;

import java.time.Instant;

/** A worker's stored position and until when it counts for matching. */
record ReportedPosition(double latitude, double longitude, Instant locatedAt, Instant staleAt) {

    @Override
    public String toString() {
        return "ReportedPosition[locatedAt=" + locatedAt + "]";
    }
}
