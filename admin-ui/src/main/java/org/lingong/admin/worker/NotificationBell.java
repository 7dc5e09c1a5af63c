package org.lingong.admin.worker;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.PlatformApi;
import org.springframework.web.util.UriUtils;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;

/**
 * 通知 in the header of a signed-in worker's pages: a link to the inbox ({@link NotificationsView}) with the unread
 * count, kept live by the worker's notification stream ({@link NotificationRelay}) in the browser. The browser's
 * {@code EventSource} reconnects by itself after a dropped connection, sending {@code Last-Event-ID}; after a refusal
 * (streams full, signed out) it would give up, so the script tries again later, from the last notice it saw. Each
 * notice that arrives makes the page read the inbox again ({@link #arrived()}) — the stream is the signal, the inbox
 * the truth — and tells the page's listeners ({@link Arrived}). Hidden for anyone who is no worker of the city.
 */
class NotificationBell extends RouterLink {

    /** The inbox as {@code /api/v1/workers/me/notifications} answers. */
    record Inbox(long unread, List<Notice> items) {
    }

    /** One notification: a job nearby, or an order's step ({@code orderId}, {@code orderStatus}). */
    record Notice(long id, String kind, UUID jobId, String title, String body, UUID orderId, String orderStatus,
                  Instant createdAt, boolean read) {
    }

    /** A notification reached the page. */
    static final class Arrived extends ComponentEvent<NotificationBell> {
        Arrived(NotificationBell bell) {
            super(bell, true);
        }
    }

    /** Opens the stream; one per browser window (a new page's bell replaces the last one's). */
    private static final String OPEN_STREAM = """
            const bell = this, url = $0, owner = $1;
            let after = $2, delay = 2000, source = null, pending = null;
            const current = () => window.lingongNotices && window.lingongNotices.owner === owner;
            if (window.lingongNotices) { window.lingongNotices.close(); }
            const open = () => {
              source = new EventSource(after ? url + '?after=' + encodeURIComponent(after) : url);
              window.lingongNotices = { owner, close: () => source.close() };
              source.onopen = () => { delay = 2000; bell.dataset.stream = 'open'; };
              source.addEventListener('notification', event => {
                after = event.lastEventId || after;
                if (!bell.isConnected) { source.close(); return; }
                clearTimeout(pending);
                pending = setTimeout(() => bell.$server.arrived(), 200);
              });
              source.onerror = () => {
                bell.dataset.stream = 'reconnecting';
                if (source.readyState === EventSource.CLOSED && current() && bell.isConnected) {
                  setTimeout(() => { if (current() && bell.isConnected) { open(); } }, delay);
                  delay = Math.min(delay * 2, 60000);
                }
              };
            };
            open();
            """;
    private static final String CLOSE_STREAM = """
            if (window.lingongNotices && window.lingongNotices.owner === $0) {
              window.lingongNotices.close();
              window.lingongNotices = null;
            }
            """;

    private final transient PlatformApi api;
    private final String city;
    private final String owner = UUID.randomUUID().toString();
    private final Span count = new Span();

    NotificationBell(PlatformApi api, String city) {
        super("", NotificationsView.class, new RouteParameters("city", city));
        this.api = api;
        this.city = city;
        setId("notification-bell");
        count.setId("notification-unread");
        count.getElement().getThemeList().add("badge pill small error primary");
        count.getStyle().set("margin-left", "var(--lumo-space-xs)");
        add(new Span(getTranslation("worker.notifications.link")), count);
    }

    Registration addArrivedListener(ComponentEventListener<Arrived> listener) {
        return addListener(Arrived.class, listener);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        Inbox inbox = refresh();
        if (inbox == null) {
            return;
        }
        String after = inbox.items().isEmpty() ? null : String.valueOf(inbox.items().getFirst().id());
        String url = "worker/" + UriUtils.encodePathSegment(city, StandardCharsets.UTF_8) + "/notifications/stream";
        getElement().executeJs(OPEN_STREAM, url, owner, after);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().getPage().executeJs(CLOSE_STREAM, owner);
    }

    /** A notice reached the browser: the count again, and the page's listeners told. */
    @ClientCallable
    void arrived() {
        if (refresh() != null) {
            fireEvent(new Arrived(this));
        }
    }

    /** The newest notice and the unread count; none (and the bell hidden) for anyone not a worker of the city. */
    Inbox refresh() {
        Inbox inbox;
        try {
            inbox = api.get(Inbox.class, "/t/{city}/api/v1/workers/me/notifications?page=0&size=1", city);
        } catch (ApiProblem notAWorker) {
            setVisible(false);
            return null;
        }
        setVisible(true);
        count.setText(inbox.unread() > 99 ? "99+" : String.valueOf(inbox.unread()));
        count.setVisible(inbox.unread() > 0);
        getElement().setAttribute("data-unread", String.valueOf(inbox.unread()));
        return inbox;
    }
}
