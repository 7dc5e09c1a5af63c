package org.lingong.admin.orders;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.nearby.JobTexts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.Background;
import com.vaadin.flow.theme.lumo.LumoUtility.BorderRadius;
import com.vaadin.flow.theme.lumo.LumoUtility.BoxShadow;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.JustifyContent;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

/**
 * One order on a side's page: what it is, when, its status in words, what it waits for, and the steps the side may take
 * now ({@link Side#actions}). After a step the card shows the order as the API answered it; a refusal is shown as the
 * API worded it. Every text from the API or a person is set as text, never HTML.
 */
public class OrderCard extends Div {

    private final OrderApi api;
    private final Side side;
    private final String heading;
    private final String detail;
    /** A warning under the heading, e.g. why the job was taken down; or none. */
    private final String notice;
    private Order order;
    /** The job's check-in code once the employer asked to show it. */
    private final Span codeShown = new Span();

    /**
     * @param heading what the side knows the order by (the job's title for the worker, the worker for the employer)
     * @param detail  a second line (the wage), or none
     * @param notice  a warning under the heading, kept when the card is drawn again after a step; or none
     */
    public OrderCard(OrderApi api, Side side, Order order, String heading, String detail, String notice) {
        this.api = api;
        this.side = side;
        this.order = order;
        this.heading = heading;
        this.detail = detail;
        this.notice = notice;
        addClassNames("order-card", Display.FLEX, FlexDirection.COLUMN, Gap.SMALL, Padding.MEDIUM, Background.BASE,
                BorderRadius.MEDIUM, BoxShadow.XSMALL);
        build();
    }

    private void build() {
        removeAll();
        getElement().setAttribute("data-order", order.id().toString());
        getElement().setAttribute("data-status", order.status().name());
        Span title = new Span(heading);
        title.addClassNames("order-title", FontSize.LARGE, FontWeight.SEMIBOLD);
        Badge status = new Badge(getTranslation("order.status." + order.status()));
        status.addClassName("order-status");
        status.addThemeVariants(switch (order.status()) {
            case SETTLED, COMPLETED, CHECKED_IN -> BadgeVariant.SUCCESS;
            case CANCELLED, NO_SHOW -> BadgeVariant.ERROR;
            case GRABBED, DISPATCHED -> BadgeVariant.WARNING;
            case CONFIRMED -> BadgeVariant.CONTRAST;
        });
        Div top = new Div(title, status);
        top.addClassNames(Display.FLEX, JustifyContent.BETWEEN, AlignItems.BASELINE, Gap.SMALL);
        add(top);
        if (notice != null) {
            Span warning = new Span(notice);
            warning.addClassNames("order-notice", FontSize.SMALL, TextColor.ERROR);
            add(warning);
        }
        if (detail != null) {
            Span second = new Span(detail);
            second.addClassNames("order-detail", FontWeight.BOLD, TextColor.PRIMARY);
            add(second);
        }
        Span when = new Span(getTranslation("order.time", JobTexts.startTime(order.startsAt(), getLocale()),
                DateTimeFormatter.ofPattern("HH:mm").format(order.endsAt().atZone(JobTexts.CHINA))));
        when.addClassNames("order-time", FontSize.SMALL);
        add(when);
        if (side.waiting(order.status())) {
            add(note("order.waiting." + side + "." + order.status()));
        }
        if (order.cancelReason() != null || order.cancelReasonCode() != null) {
            String code = order.cancelReasonCode() == null ? ""
                    : getTranslation("order.cancel.code." + order.cancelReasonCode());
            Span why = new Span(getTranslation("order.cancelled.reason",
                    String.join(" ", code, order.cancelReason() == null ? "" : order.cancelReason()).strip()));
            why.addClassNames("order-cancel-reason", FontSize.SMALL, TextColor.SECONDARY);
            add(why);
        }
        List<Action> actions = side.actions(order.status());
        Div buttons = new Div();
        buttons.addClassNames(Display.FLEX, FlexWrap.WRAP, Gap.SMALL);
        for (Action action : actions) {
            switch (action) {
                case CONFIRM -> buttons.add(button("confirm", "order.action.CONFIRM", true,
                        () -> moved(() -> api.confirm(order.id()), "order.done.CONFIRM")));
                case CANCEL -> buttons.add(button("cancel", side == Side.EMPLOYER
                                && order.status() == Order.Status.GRABBED ? "order.action.DECLINE"
                                : "order.action.CANCEL", false,
                        () -> new CancelDialog(side, (code, reason) -> api.cancel(order.id(), code, reason),
                                this::show).open()));
                case COMPLETE -> buttons.add(button("complete", "order.action.COMPLETE", true,
                        () -> moved(() -> api.complete(order.id()), "order.done.COMPLETE")));
                case NO_SHOW -> buttons.add(button("no-show", "order.action.NO_SHOW", false,
                        () -> moved(() -> api.noShow(order.id()), "order.done.NO_SHOW")));
                case CONTRACT -> add(new ContractPanel(api, side, order.id()));
                case CHECK_IN -> add(new CheckIn(at -> api.checkIn(order.id(), at), this::show));
                case SHOW_CHECK_IN_CODE -> buttons.add(button("show-check-in-code",
                        "order.action.SHOW_CHECK_IN_CODE", false, this::showCheckInCode));
                case RECORD_PAYMENT, ANSWER_PAYMENT -> {
                    // Shown with the payments below.
                }
            }
        }
        if (buttons.getComponentCount() > 0) {
            add(buttons);
        }
        if (actions.contains(Action.SHOW_CHECK_IN_CODE)) {
            codeShown.addClassNames("order-check-in-code-shown", FontSize.XLARGE, FontWeight.BOLD);
            codeShown.setVisible(false);
            add(codeShown);
        }
        if (order.status() == Order.Status.COMPLETED || order.status() == Order.Status.SETTLED) {
            add(new Payments(api, side, order, this::refreshed));
        }
        // The other party's standing while the order is live or done; nothing to weigh on one that is over.
        if (order.status() != Order.Status.CANCELLED && order.status() != Order.Status.NO_SHOW) {
            add(new RatingPanel(api, side, order));
        }
        if (side == Side.WORKER) {
            // 投诉: the city's complaint page, with this order's job as what is reported.
            String page = "worker/" + api.city() + "/complaints?job=" + order.jobId();
            Anchor report = new Anchor(page, getTranslation("order.report"));
            report.addClassNames("order-report", FontSize.SMALL, TextColor.SECONDARY);
            add(report);
        }
    }

    /** After a step the API accepted: the order as it now is, and what happened in a word. */
    void show(Order moved, String doneKey) {
        order = moved;
        build();
        Notification.show(getTranslation(doneKey), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }

    /** Settlement moved the order (a confirmed payment settles it): its status as the payments tell. */
    private void refreshed(Order.Status status) {
        order = new Order(order.id(), order.jobId(), order.workerId(), order.employerId(), order.kind(), status,
                order.startsAt(), order.endsAt(), order.cancelReasonCode(), order.cancelReason(), order.createdAt());
        build();
    }

    private void moved(Supplier<Order> step, String doneKey) {
        try {
            show(step.get(), doneKey);
        } catch (ApiProblem problem) {
            ProblemNotice.show(problem);
        }
    }

    /** The job's current code, large, and until when it holds; asked again on each tap (it rotates every minute). */
    private void showCheckInCode() {
        try {
            OrderApi.CheckInCode shown = api.checkInCode(order.id());
            codeShown.setText(getTranslation("order.check-in-code.shown", shown.code(),
                    DateTimeFormatter.ofPattern("HH:mm:ss").format(shown.rotatesAt().atZone(JobTexts.CHINA))));
            codeShown.setVisible(true);
        } catch (ApiProblem problem) {
            ProblemNotice.show(problem);
        }
    }

    private Span note(String key) {
        Span note = new Span(getTranslation(key));
        note.addClassNames("order-waiting", FontSize.SMALL, TextColor.SECONDARY);
        return note;
    }

    private Component button(String id, String labelKey, boolean primary, Runnable click) {
        Button button = new Button(getTranslation(labelKey), event -> click.run());
        button.addClassName("order-" + id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.PRIMARY);
        }
        return button;
    }
}
