package org.lingong.core.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.tenancy.CurrentTenant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notifications of the current city's workers: the inbox pages, reading, and what a stream has not sent yet. */
@Service
class Inbox {

    private static final String COLUMNS = "n.id, n.worker_id, n.kind, n.job_id, n.job_title, n.category, "
            + "n.wage_amount_fen, n.wage_unit, n.distance_m, n.order_id, n.order_status, n.reason_code, n.created_at, "
            + "n.read_at";

    /** At most this many per stream query; a stream far behind catches up in several. */
    static final int STREAM_BATCH = 200;

    /** The PostgreSQL channel that wakes the streams; its payload is the city's schema. */
    static final String NOTIFICATIONS_CHANNEL = "lingong_notifications";

    private final JdbcClient jdbc;
    private final Clock clock;

    Inbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Notification> page(UUID workerId, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from notification n where n.worker_id = ? "
                        + "order by n.id desc limit ? offset ?").params(workerId, size, (long) page * size)
                .query(Inbox::notification).list();
    }

    @Transactional(readOnly = true)
    long unread(UUID workerId) {
        return jdbc.sql("select count(*) from notification where worker_id = ? and read_at is null")
                .param(workerId).query(Long.class).single();
    }

    /** Marks the worker's notification read (again: no change); someone else's is "not found". */
    @Transactional
    void markRead(UUID workerId, long id) {
        int found = jdbc.sql("update notification set read_at = coalesce(read_at, ?) "
                        + "where id = ? and worker_id = ?").params(Timestamp.from(clock.instant()), id, workerId)
                .update();
        if (found == 0) {
            throw new ProblemException(ProblemType.NOTIFICATION_NOT_FOUND);
        }
    }

    /**
     * The unread notifications of each worker after the id their stream sent last, oldest first. Ids grow in commit
     * order within a city, because the fan-out of a city runs one transaction at a time.
     */
    @Transactional(readOnly = true)
    List<Notification> unreadAfter(Map<UUID, Long> sentUpTo) {
        Collection<UUID> workers = sentUpTo.keySet();
        return jdbc.sql("select " + COLUMNS + " from unnest(?::uuid[], ?::bigint[]) as s(worker_id, after) "
                        + "join notification n on n.worker_id = s.worker_id and n.id > s.after "
                        + "where n.read_at is null order by n.id limit ?")
                .params(workers.toArray(UUID[]::new), workers.stream().map(sentUpTo::get).toArray(Long[]::new),
                        STREAM_BATCH)
                .query(Inbox::notification).list();
    }

    /** Wakes the streams of the current city on every replica, at commit (see {@link DatabaseSignals}). */
    void signalStreams() {
        jdbc.sql("select pg_notify(?, ?)").params(NOTIFICATIONS_CHANNEL, CurrentTenant.require().schema())
                .query().singleRow();
    }

    private static Notification notification(ResultSet rs, int row) throws SQLException {
        Timestamp read = rs.getTimestamp(14);
        return new Notification(rs.getLong(1), rs.getObject(2, UUID.class), Notification.Kind.valueOf(rs.getString(3)),
                rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getLong(7), rs.getString(8),
                rs.getObject(9, Integer.class), rs.getObject(10, UUID.class), rs.getString(11), rs.getString(12),
                rs.getTimestamp(13).toInstant(), read == null ? null : read.toInstant());
    }
}
