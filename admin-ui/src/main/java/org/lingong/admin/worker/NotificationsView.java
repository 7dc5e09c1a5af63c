package org.lingong.admin.worker;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.nearby.JobTexts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

import jakarta.annotation.security.PermitAll;

/**
 * {@code /worker/{city}/notifications} (通知): the signed-in worker's notifications in the city, newest first — new jobs
 * nearby and the steps of their orders — unread ones marked; tapping one marks it read, and an order's notice leads to
 * 我的订单. New ones appear as they arrive ({@link NotificationBell}). Texts come from the API in the page's language
 * and are shown as text, never HTML.
 */
@Route("worker/:city/notifications")
@PermitAll
public class NotificationsView extends PhonePage {

    private static final int SHOWN = 50;

    private Div list;
    private NotificationBell bell;

    public NotificationsView(PlatformApi api) {
        super(api, "worker.notifications.title");
    }

    @Override
    protected Component links() {
        RouterLink jobs = new RouterLink(getTranslation("worker.profile.jobs"), WorkerView.class,
                new RouteParameters("city", city));
        jobs.setId("to-jobs");
        bell = new NotificationBell(api, city);
        bell.addArrivedListener(arrived -> show());
        return WorkerPages.links(jobs, WorkerPages.ordersLink(city), bell);
    }

    @Override
    protected void fill(Div content) {
        list = new Div();
        list.setId("notifications");
        list.addClassNames(Display.FLEX, FlexDirection.COLUMN, Gap.SMALL);
        content.add(list);
        show();
    }

    /** The newest notices, read afresh. */
    private void show() {
        list.removeAll();
        NotificationBell.Inbox inbox;
        try {
            inbox = api.get(NotificationBell.Inbox.class, "/t/{city}/api/v1/workers/me/notifications?page=0&size={size}",
                    city, SHOWN);
        } catch (ApiProblem problem) {
            list.add(ProblemNotice.inPlace(problem));
            return;
        }
        if (inbox.items().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("worker.notifications.none"));
            none.addClassNames(Margin.NONE, FontSize.SMALL, TextColor.SECONDARY);
            list.add(none);
        }
        inbox.items().forEach(notice -> list.add(row(notice)));
    }

    private Div row(NotificationBell.Notice notice) {
        Span title = new Span(notice.title());
        title.addClassNames("notification-title", notice.read() ? FontWeight.NORMAL : FontWeight.SEMIBOLD);
        Span when = new Span(JobTexts.startTime(notice.createdAt(), getLocale()));
        when.addClassNames(FontSize.XSMALL, TextColor.SECONDARY);
        Div top = new Div(title, when);
        top.addClassNames(Display.FLEX, Gap.SMALL);
        top.getStyle().set("justify-content", "space-between").set("align-items", "baseline");
        Paragraph body = new Paragraph(notice.body());
        body.addClassNames("notification-body", Margin.NONE, FontSize.SMALL);
        Div row = new Div(top, body);
        if (notice.orderId() != null) {
            RouterLink order = new RouterLink(getTranslation("worker.notifications.to-order"), MyOrdersView.class,
                    new RouteParameters("city", city));
            order.addClassNames("notification-order", FontSize.SMALL);
            row.add(order);
        }
        row.addClassNames("notification", Padding.SMALL, Display.FLEX, FlexDirection.COLUMN, Gap.XSMALL);
        row.getElement().setAttribute("data-id", String.valueOf(notice.id()));
        row.getElement().setAttribute("data-read", String.valueOf(notice.read()));
        row.getStyle().set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", notice.read() ? "var(--lumo-contrast-5pct)" : "var(--lumo-primary-color-10pct)");
        if (!notice.read()) {
            row.addClickListener(click -> markRead(notice));
        }
        return row;
    }

    private void markRead(NotificationBell.Notice notice) {
        try {
            api.post(Void.class, null, "/t/{city}/api/v1/workers/me/notifications/{id}/read", city, notice.id());
        } catch (ApiProblem problem) {
            ProblemNotice.show(problem);
            return;
        }
        show();
        bell.refresh();
    }
}
