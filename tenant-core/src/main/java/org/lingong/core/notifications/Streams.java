package org.lingong.core.notifications;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.TenantCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The notification streams (Server-Sent Events) connected to this replica. Whenever a city may have new notifications
 * — a NOTIFY from any replica's fan-out, or a stream connecting — each stream of the city is sent the unread
 * notifications after the last one it sent, so a stream that missed a signal catches up with the next.
 * <p>
 * Each stream holds a connection and a request, so they are capped: per account ({@code per-worker}: a new stream
 * beyond it closes that account's oldest, so a phone that reconnects is never locked out by its own dead streams),
 * per city ({@code per-city}, 429) and per replica ({@code per-replica}, 503), both with {@code Retry-After}.
 */
@Component
class Streams implements SmartLifecycle, DisposableBean {

    /** Keeps the connection alive through the gateway, whose response timeout is 30 s. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    /** A stream ends after this long; the client reconnects with Last-Event-ID and misses nothing. */
    static final Duration LIFETIME = Duration.ofMinutes(30);

    private final Inbox inbox;
    private final NotificationTexts texts;
    private final MeterRegistry meters;
    private final int perWorker;
    private final int perCity;
    private final int perReplica;
    private final Duration retryAfter;
    /** Guards the three indexes below together, so a cap is never passed by streams opening at the same time. */
    private final ReentrantLock admission = new ReentrantLock();
    private final Map<String, Set<Stream>> byTenant = new ConcurrentHashMap<>();
    private final Map<String, Deque<Stream>> byAccount = new HashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final Map<String, ReentrantLock> deliveryLocks = new ConcurrentHashMap<>();
    private final Counter replacements;
    private final TenantWork delivery = new TenantWork("notification delivery", this::deliver);

    Streams(Inbox inbox, NotificationTexts texts, MeterRegistry meters,
            @Value("${lingong.notifications.streams.per-worker}") int perWorker,
            @Value("${lingong.notifications.streams.per-city}") int perCity,
            @Value("${lingong.notifications.streams.per-replica}") int perReplica,
            @Value("${lingong.notifications.streams.retry-after}") Duration retryAfter) {
        this.inbox = inbox;
        this.texts = texts;
        this.meters = meters;
        this.perWorker = perWorker;
        this.perCity = perCity;
        this.perReplica = perReplica;
        this.retryAfter = retryAfter;
        this.replacements = Counter.builder("lingong.notifications.streams.replaced")
                .description("Streams closed because their account opened one more than it may hold").register(meters);
        Gauge.builder("lingong.notifications.streams", open, AtomicInteger::get)
                .description("Notification streams open on this replica").register(meters);
    }

    /** One connected client: sends each notification once, in order, and never two events at the same time. */
    private final class Stream {
        final String tenant;
        final String account;
        final UUID workerId;
        final SseEmitter emitter = new SseEmitter(LIFETIME.toMillis());
        final Locale locale;
        long sentUpTo;

        Stream(String tenant, String account, UUID workerId, Locale locale, long sentUpTo) {
            this.tenant = tenant;
            this.account = account;
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

    /**
     * Opens a stream for a worker of the city, signed in as {@code account}; it first receives the unread notifications
     * after {@code sentUpTo}. Beyond the account's cap its oldest stream is closed; beyond the city's or the replica's,
     * the stream is refused.
     */
    SseEmitter open(TenantCode tenant, String account, UUID workerId, Locale locale, long sentUpTo) {
        Stream stream = new Stream(tenant.value(), account, workerId, locale, sentUpTo);
        Stream replaced = admit(stream);
        if (replaced != null) {
            replaced.emitter.complete();
        }
        Runnable remove = () -> release(stream);
        stream.emitter.onCompletion(remove);
        stream.emitter.onTimeout(remove);
        stream.emitter.onError(error -> remove.run());
        // Sends the response headers now, not with the first event: a client (and the gateway, which gives up after
        // 30 s without a response) knows at once that the stream is open.
        stream.heartbeat();
        delivery.wake(tenant);
        return stream.emitter;
    }

    /** Counts the stream in, or refuses it; returns the account's oldest stream it replaces, already released. */
    private Stream admit(Stream stream) {
        admission.lock();
        try {
            Deque<Stream> mine = byAccount.get(stream.account);
            Stream replaced = mine != null && mine.size() >= perWorker ? mine.peekFirst() : null;
            if (replaced == null && open.get() >= perReplica) {
                refused("replica").increment();
                throw full(ProblemType.NOTIFICATION_STREAMS_BUSY);
            }
            boolean sameCity = replaced != null && replaced.tenant.equals(stream.tenant);
            if (!sameCity && byTenant.getOrDefault(stream.tenant, Set.of()).size() >= perCity) {
                refused("city").increment();
                throw full(ProblemType.NOTIFICATION_STREAMS_CITY_FULL);
            }
            if (replaced != null) {
                release(replaced);
                replacements.increment();
            }
            byAccount.computeIfAbsent(stream.account, account -> new ArrayDeque<>()).addLast(stream);
            cityStreams(stream.tenant).add(stream);
            open.incrementAndGet();
            return replaced;
        } finally {
            admission.unlock();
        }
    }

    /** Counts the stream out, once, however it ended: completed, timed out, failed to send, or replaced. */
    private void release(Stream stream) {
        admission.lock();
        try {
            if (!byTenant.getOrDefault(stream.tenant, Set.of()).remove(stream)) {
                return;
            }
            open.decrementAndGet();
            Deque<Stream> mine = byAccount.get(stream.account);
            mine.remove(stream);
            if (mine.isEmpty()) {
                byAccount.remove(stream.account);
            }
        } finally {
            admission.unlock();
        }
    }

    private Set<Stream> cityStreams(String tenant) {
        return byTenant.computeIfAbsent(tenant, code -> {
            Set<Stream> streams = ConcurrentHashMap.newKeySet();
            Gauge.builder("lingong.notifications.streams.city", streams, Set::size)
                    .description("Notification streams of the city open on this replica").tag("tenant", code)
                    .register(meters);
            return streams;
        });
    }

    private ProblemException full(ProblemType type) {
        return new ProblemException(type).withHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
    }

    private Counter refused(String cap) {
        return Counter.builder("lingong.notifications.streams.refused").description("Notification streams refused")
                .tag("cap", cap).register(meters);
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
                            release(stream);
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
        byTenant.values().forEach(streams -> List.copyOf(streams).forEach(stream -> {
            if (!stream.heartbeat()) {
                release(stream);
            }
        }));
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
