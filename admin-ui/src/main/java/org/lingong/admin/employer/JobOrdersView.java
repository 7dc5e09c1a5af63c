package org.lingong.admin.employer;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.nearby.JobTexts;
import org.lingong.admin.orders.Order;
import org.lingong.admin.orders.OrderApi;
import org.lingong.admin.orders.OrderCard;
import org.lingong.admin.orders.Side;
import org.lingong.admin.worker.PhonePage;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

import jakarta.annotation.security.PermitAll;

/**
 * {@code /employer/{city}/jobs/{job}/orders} (岗位订单): the orders on one of the employer's jobs, newest first
 * ({@code GET /api/v1/employers/me/orders?jobId=…}), each an {@link OrderCard} with the steps its status allows the
 * employer: confirm or decline a grab (declining needs a reason), sign the contract, record a no-show, mark the work
 * done, record the payment and see whether the worker confirmed it. Linked from 我的岗位 on the employer's page.
 */
@Route("employer/:city/jobs/:job/orders")
@PermitAll
public class JobOrdersView extends PhonePage {

    /** The job's orders as {@code /api/v1/employers/me/orders} gives them, with its workers by id. */
    record JobOrders(List<Order> items, long total, Map<UUID, Worker> workers) implements Serializable {

        /** A worker as an employer sees one: the name masked, the skills listed. */
        record Worker(String name, List<String> skills) implements Serializable {
        }
    }

    private UUID jobId;
    private MyJobs.Job job;
    private JobOrders orders = new JobOrders(List.of(), 0, Map.of());

    public JobOrdersView(PlatformApi api) {
        super(api, "employer.orders.title");
    }

    @Override
    protected void read(BeforeEnterEvent event) {
        job = null;
        orders = new JobOrders(List.of(), 0, Map.of());
        try {
            jobId = UUID.fromString(event.getRouteParameters().get("job").orElseThrow());
        } catch (IllegalArgumentException notAnId) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        job = MyJobs.mine(api, city).stream().filter(mine -> mine.id().equals(jobId)).findFirst().orElse(null);
        orders = api.get(JobOrders.class, "/t/{city}/api/v1/employers/me/orders?jobId={job}&page=0&size=100",
                city, jobId);
    }

    @Override
    protected Component links() {
        RouterLink back = new RouterLink(getTranslation("employer.orders.back"), EmployerProfileView.class,
                new RouteParameters("city", city));
        back.setId("to-employer");
        return back;
    }

    @Override
    protected void fill(Div content) {
        if (job != null) {
            Paragraph title = new Paragraph(job.title());
            title.setId("job-title");
            title.addClassNames(Margin.NONE, FontSize.LARGE);
            Paragraph when = new Paragraph(getTranslation("nearby.starts",
                    JobTexts.startTime(job.startsAt(), getLocale())));
            when.addClassNames(Margin.NONE, FontSize.SMALL, TextColor.SECONDARY);
            content.add(title, when);
        }
        if (orders.items().isEmpty()) {
            content.add(new Paragraph(getTranslation("employer.orders.none")));
        }
        OrderApi calls = new OrderApi(api, city);
        Div list = new Div();
        list.setId("job-orders");
        list.addClassNames(Display.FLEX, FlexDirection.COLUMN, Gap.MEDIUM);
        orders.items().forEach(order -> list.add(new OrderCard(calls, Side.EMPLOYER, order, worker(order), null, null)));
        content.add(list);
    }

    /** 零工 孙** · 分拣、装车: the masked name and skills the API gives; the profile number's end if none. */
    private String worker(Order order) {
        JobOrders.Worker worker = orders.workers() == null ? null : orders.workers().get(order.workerId());
        if (worker == null) {
            return getTranslation("employer.orders.worker", "···" + order.workerId().toString().substring(30));
        }
        String named = getTranslation("employer.orders.worker", worker.name());
        return worker.skills() == null || worker.skills().isEmpty() ? named
                : named + " · " + String.join("、", worker.skills());
    }
}
