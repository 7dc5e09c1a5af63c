package org.lingong.core.notifications;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.lingong.common.tenant.TenantCode;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens, on one dedicated PostgreSQL connection per replica, for the signal that drives the streams: new
 * notifications in a city (sent by a fan-out at commit, on any replica) wake this replica's streams of that city.
 * NOTIFY is only a wake-up: a lost one delays, never loses, a notification — a stream's reconnect with Last-Event-ID
 * catches up.
 */
@Component
class DatabaseSignals implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseSignals.class);
    private static final Duration POLL = Duration.ofSeconds(5);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final String url;
    private final String username;
    private final String password;
    private final Streams streams;
    private volatile boolean running;
    private volatile Thread listener;
    private volatile Connection connection;

    DatabaseSignals(@Value("${spring.datasource.url}") String url,
                    @Value("${spring.datasource.username}") String username,
                    @Value("${spring.datasource.password}") String password, Streams streams) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.streams = streams;
    }

    @Override
    public void start() {
        running = true;
        Thread thread = Thread.ofPlatform().name("notification-signals").daemon().unstarted(this::listen);
        listener = thread;
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        closeQuietly();
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Runs until stopped, or until a restart handed the listening to a newer thread. */
    private void listen() {
        while (running && listener == Thread.currentThread()) {
            try (Connection listening = DriverManager.getConnection(url, username, password)) {
                connection = listening;
                try (Statement statement = listening.createStatement()) {
                    statement.execute("listen " + Inbox.NOTIFICATIONS_CHANNEL);
                }
                // Signals sent while nobody listened are gone: catch up with whatever they would have woken.
                streams.wakeAll();
                PGConnection pg = listening.unwrap(PGConnection.class);
                while (running && listener == Thread.currentThread()) {
                    PGNotification[] signals = pg.getNotifications((int) POLL.toMillis());
                    if (signals != null) {
                        for (PGNotification signal : signals) {
                            dispatch(signal);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                // Whatever failed, this thread is the replica's only listener: it must outlive the failure.
                if (running && listener == Thread.currentThread()) {
                    log.warn("listening for notification signals failed; retrying in {}", RETRY, e);
                    sleep();
                }
            }
        }
    }

    private void dispatch(PGNotification signal) {
        // The payload is the schema of the city, t_<code>.
        Optional<TenantCode> tenant = TenantCode.parse(signal.getParameter().substring(2));
        if (tenant.isEmpty()) {
            return;
        }
        streams.wake(tenant.get());
    }

    private void closeQuietly() {
        Connection current = connection;
        if (current != null) {
            try {
                current.close();
            } catch (SQLException ignored) {
                // closing to stop: nothing left to do with it
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(RETRY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
