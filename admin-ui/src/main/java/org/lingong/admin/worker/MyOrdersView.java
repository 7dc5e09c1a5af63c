package org.lingong.admin.worker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.nearby.JobTexts;
import org.lingong.admin.orders.Order;
import org.lingong.admin.orders.OrderApi;
import org.lingong.admin.orders.OrderCard;
import org.lingong.admin.orders.Side;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

import jakarta.annotation.security.PermitAll;

/**
 * {@code /worker/{city}/orders} (我的订单): the signed-in worker's orders in the city, newest first
 * ({@code GET /api/v1/me/orders}), each an {@link OrderCard} with the job's title and wage and the step its status
 * allows: confirm a dispatch, withdraw, read and sign the contract, check in, confirm or dispute a payment. Opening it
 * signed out starts the sign-in and comes back here, as {@link WorkerProfileView} does. When a notice of an order's
 * step arrives ({@link NotificationBell}), the orders are read again: a confirmation shows without a reload.
 */
@Route("worker/:city/orders")
@PermitAll
public class MyOrdersView extends PhonePage {

    /** The worker's orders as {@code /api/v1/me/orders} answers: a page, and own cancellations in 30 days. */
    record MyOrders(List<Order> items, long total, long cancellationsLast30Days) {
    }

    private static final String ORDERS = "/t/{city}/api/v1/me/orders?page=0&size=50";

    private MyOrders orders;
    private Div list;
    /** Jobs by id, read once per visit: a worker often has several orders of one job over time. */
    private final Map<UUID, OrderApi.Job> jobs = new HashMap<>();

    public MyOrdersView(PlatformApi api) {
        super(api, "worker.orders.title");
    }

    @Override
    protected void read(BeforeEnterEvent event) {
        jobs.clear();
        orders = api.get(MyOrders.class, ORDERS, city);
    }

    @Override
    protected Component links() {
        RouterLink jobsLink = new RouterLink(getTranslation("worker.profile.jobs"), WorkerView.class,
                new RouteParameters("city", city));
        jobsLink.setId("to-jobs");
        RouterLink profile = new RouterLink(getTranslation("worker.profile.link"), WorkerProfileView.class,
                new RouteParameters("city", city));
        profile.setId("my-profile");
        NotificationBell bell = new NotificationBell(api, city);
        bell.addArrivedListener(arrived -> reload());
        return WorkerPages.links(jobsLink, profile, bell);
    }

    @Override
    protected void fill(Div content) {
        list = new Div();
        list.setId("my-orders");
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
        content.add(list);
        show();
    }

    /** An order's step was announced: the orders afresh, where the worker is looking. */
    private void reload() {
        try {
            orders = api.get(MyOrders.class, ORDERS, city);
        } catch (ApiProblem problem) {
            list.removeAll();
            list.add(ProblemNotice.inPlace(problem));
            return;
        }
        show();
    }

    private void show() {
        list.removeAll();
        if (orders.cancellationsLast30Days() > 0) {
            list.add(note(getTranslation("worker.orders.cancellations", orders.cancellationsLast30Days())));
        }
        if (orders.items().isEmpty()) {
            list.add(note(getTranslation("worker.orders.none")));
        }
        OrderApi calls = new OrderApi(api, city);
        for (Order order : orders.items()) {
            OrderApi.Job job = job(calls, order);
            // A job the city took down (a sanction, a review) says why to those holding its orders.
            boolean down = job != null && "TAKEN_DOWN".equals(job.status()) && job.statusReason() != null;
            list.add(new OrderCard(calls, Side.WORKER, order,
                    job == null ? getTranslation("worker.orders.job-unlisted") : job.title(),
                    job == null || job.wage() == null ? null : JobTexts.wage(job.wage(), getLocale()),
                    down ? getTranslation("worker.orders.job-taken-down", job.statusReason()) : null));
        }
    }

    /** The order's job in whatever state, read once per job; none if it is gone altogether. */
    private OrderApi.Job job(OrderApi calls, Order order) {
        if (!jobs.containsKey(order.jobId())) {
            try {
                jobs.put(order.jobId(), calls.jobOf(order.id()));
            } catch (ApiProblem gone) {
                jobs.put(order.jobId(), null);
            }
        }
        return jobs.get(order.jobId());
    }

    private static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassNames(Margin.NONE, FontSize.SMALL, TextColor.SECONDARY);
        return note;
    }
}
