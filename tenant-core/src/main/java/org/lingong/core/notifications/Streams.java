package org.lingong.core.notifications;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.lingong.common.tenant.TenantCode;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The notification streams (Server-Sent Events) connected to this replica. Whenever a city may have new notifications
 * — a NOTIFY from any replica's fan-out, or a stream connecting — each stream of the city is sent the unread
 * notifications after the last one it sent, so a stream that missed a signal catches up with the next.
 */
@Component
class Streams implements SmartLifecycle, DisposableBean {

    /** Keeps the connection alive through the gateway, whose response timeout is 30 s. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    /** A stream ends after this long; the client reconnects with Last-Event-ID and misses nothing. */
    static final Duration LIFETIME = Duration.ofMinutes(30);

    private final Inbox inbox;
    private final NotificationTexts texts;
    private final Map<String, Set<Stream>> byTenant = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> deliveryLocks = new ConcurrentHashMap<>();
    private final TenantWork delivery = new TenantWork("notification delivery", this::deliver);

    Streams(Inbox inbox, NotificationTexts texts) {
        this.inbox = inbox;
        this.texts = texts;
    }

    /** One connected client: sends each notification once, in order, and never two events at the same time. */
    private final class Stream {
        final UUID workerId;
        final SseEmitter emitter = new SseEmitter(LIFETIME.toMillis());
        final Locale locale;
        long sentUpTo;

        Stream(UUID workerId, Locale locale, long sentUpTo) {
            this.workerId = workerId;
            this.locale = locale;
            this.sentUpTo = sentUpTo;
        }

        synchronized long sentUpTo() {
            return sentUpTo;
        }

        synchronized boolean send(Notification notification) {
            if (notification.id() <= sentUpTo) {
                return true;
            }
            boolean sent = emit(SseEmitter.event().id(Long.toString(notification.id())).name("notification")
                    .data(texts.details(notification, locale), MediaType.APPLICATION_JSON));
            if (sent) {
                sentUpTo = notification.id();
            }
            return sent;
        }

        synchronized boolean heartbeat() {
            return emit(SseEmitter.event().comment("heartbeat"));
        }

        private boolean emit(SseEmitter.SseEventBuilder event) {
            try {
                emitter.send(event);
                return true;
            } catch (IOException | IllegalStateException gone) {
                emitter.completeWithError(gone);
                return false;
            }
        }
    }

    /** Opens a stream for a worker of the city; it first receives the unread notifications after {@code sentUpTo}. */
    SseEmitter open(TenantCode tenant, UUID workerId, Locale locale, long sentUpTo) {
        Stream stream = new Stream(workerId, locale, sentUpTo);
        Set<Stream> streams = byTenant.computeIfAbsent(tenant.value(), code -> ConcurrentHashMap.newKeySet());
        streams.add(stream);
        Runnable remove = () -> streams.remove(stream);
        stream.emitter.onCompletion(remove);
        stream.emitter.onTimeout(remove);
        stream.emitter.onError(error -> remove.run());
        // Sends the response headers now, not with the first event: a client (and the gateway, which gives up after
        // 30 s without a response) knows at once that the stream is open.
        stream.heartbeat();
        delivery.wake(tenant);
        return stream.emitter;
    }

    /** The city may have new notifications. */
    void wake(TenantCode tenant) {
        if (!byTenant.getOrDefault(tenant.value(), Set.of()).isEmpty()) {
            delivery.wake(tenant);
        }
    }

    /** After signals may have been missed (the listening connection was lost). */
    void wakeAll() {
        byTenant.keySet().forEach(code -> wake(new TenantCode(code)));
    }

    private void deliver(TenantCode tenant) {
        ReentrantLock lock = deliveryLocks.computeIfAbsent(tenant.value(), code -> new ReentrantLock());
        lock.lock();
        try {
            List<Notification> batch;
            do {
                List<Stream> streams = List.copyOf(byTenant.getOrDefault(tenant.value(), Set.of()));
                if (streams.isEmpty()) {
                    return;
                }
                Map<UUID, Long> sentUpTo = new HashMap<>();
                streams.forEach(stream -> sentUpTo.merge(stream.workerId, stream.sentUpTo(), Math::min));
                batch = inbox.unreadAfter(sentUpTo);
                for (Notification notification : batch) {
                    for (Stream stream : streams) {
                        if (stream.workerId.equals(notification.workerId()) && !stream.send(notification)) {
                            byTenant.get(tenant.value()).remove(stream);
                        }
                    }
                }
            } while (batch.size() == Inbox.STREAM_BATCH);
        } finally {
            lock.unlock();
        }
    }

    @Scheduled(fixedRateString = "${lingong.notifications.heartbeat:PT15S}")
    void heartbeat() {
        byTenant.values().forEach(streams -> streams.removeIf(stream -> !stream.heartbeat()));
    }

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every stream before the web server's graceful shutdown, which would otherwise wait for these never-ending
     * responses; the clients reconnect to another replica with Last-Event-ID.
     */
    @Override
    public void stop() {
        running = false;
        byTenant.values().forEach(streams -> streams.forEach(stream -> stream.emitter.complete()));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void destroy() {
        delivery.close();
    }
}
