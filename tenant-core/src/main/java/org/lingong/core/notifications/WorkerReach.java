package org.lingong.core.notifications;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.lingong.common.nearby.TravelMode;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.people.WorkerVerification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where the workers of the current city are and how far they will go: positions and notification settings. */
@Service
class WorkerReach {

    /** A position older than this no longer says where the worker is: it stops matching and is deleted. */
    static final Duration POSITION_LIFETIME = Duration.ofHours(12);

    private final JdbcClient jdbc;
    private final WorkerVerification workers;
    private final Clock clock;

    WorkerReach(JdbcClient jdbc, WorkerVerification workers, Clock clock) {
        this.jdbc = jdbc;
        this.workers = workers;
        this.clock = clock;
    }

    /** The caller's worker profile in the current city (any verification state), or 404. */
    UUID workerId(String accountId) {
        return workers.workerOf(accountId).orElseThrow(() -> new ProblemException(ProblemType.WORKER_NOT_FOUND));
    }

    @Transactional
    ReportedPosition savePosition(UUID workerId, WorkerPosition position) {
        Instant now = clock.instant();
        jdbc.sql("insert into worker_position (worker_id, latitude, longitude, located_at) "
                        + "values (?, ?, ?, ?) on conflict (worker_id) do update set latitude = excluded.latitude, "
                        + "longitude = excluded.longitude, located_at = excluded.located_at")
                .params(workerId, position.latitude(), position.longitude(), Timestamp.from(now)).update();
        return new ReportedPosition(position.latitude(), position.longitude(), now, now.plus(POSITION_LIFETIME));
    }

    @Transactional(readOnly = true)
    NotificationSettings settings(UUID workerId) {
        return jdbc.sql("select muted_categories, minutes, mode from notification_settings "
                        + "where worker_id = ?").param(workerId)
                .query((rs, row) -> new NotificationSettings(strings(rs.getArray(1)), rs.getInt(2),
                        TravelMode.valueOf(rs.getString(3))))
                .optional().orElse(NotificationSettings.DEFAULT);
    }

    @Transactional
    NotificationSettings saveSettings(UUID workerId, NotificationSettings settings) {
        jdbc.sql("insert into notification_settings (worker_id, muted_categories, minutes, mode, "
                        + "updated_at) values (?, ?, ?, ?, ?) on conflict (worker_id) do update set "
                        + "muted_categories = excluded.muted_categories, minutes = excluded.minutes, "
                        + "mode = excluded.mode, updated_at = excluded.updated_at")
                .params(workerId, settings.mutedCategories().toArray(String[]::new), settings.minutes(), settings.mode().name(),
                        Timestamp.from(clock.instant())).update();
        return settings;
    }

    /** Deletes the positions nobody refreshed for {@link #POSITION_LIFETIME} in the current city. */
    @Transactional
    int forgetStalePositions() {
        return jdbc.sql("delete from worker_position where located_at < ?")
                .param(Timestamp.from(clock.instant().minus(POSITION_LIFETIME))).update();
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
