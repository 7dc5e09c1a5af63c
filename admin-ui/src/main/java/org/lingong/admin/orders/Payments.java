package org.lingong.admin.orders;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.nearby.JobTexts;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.Border;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

/**
 * A completed order's payments: amount, method, reference, when, and the worker's answer. The employer records one
 * ({@link PaymentDialog}); the worker confirms receipt, which settles the order, or disputes it ({@link DisputeDialog}),
 * which files wage arrears with the city.
 */
class Payments extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(JobTexts.CHINA);

    private final OrderApi api;
    private final Side side;
    private final Order order;
    private final SerializableConsumer<Order.Status> settled;

    /** @param settled told the order's new status when the worker's confirmation settled it */
    Payments(OrderApi api, Side side, Order order, SerializableConsumer<Order.Status> settled) {
        this.api = api;
        this.side = side;
        this.order = order;
        this.settled = settled;
        addClassNames("order-payments", Display.FLEX, FlexDirection.COLUMN, Gap.XSMALL);
        build();
    }

    private void build() {
        removeAll();
        List<OrderApi.Payment> payments;
        try {
            payments = api.payments(order.id());
        } catch (ApiProblem problem) {
            add(ProblemNotice.inPlace(problem));
            return;
        }
        if (payments.isEmpty()) {
            Span none = new Span(getTranslation("order.payments.none." + side));
            none.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
            add(none);
        }
        payments.forEach(payment -> add(line(payment)));
        if (side.actions(order.status()).contains(Action.RECORD_PAYMENT)) {
            Button record = new Button(getTranslation("order.action.RECORD_PAYMENT"),
                    click -> new PaymentDialog(payment -> api.record(order.id(), payment), () -> {
                        build();
                        done("order.done.RECORD_PAYMENT");
                    }).open());
            record.addClassName("order-record-payment");
            record.addThemeVariants(ButtonVariant.PRIMARY);
            add(record);
        }
    }

    private Div line(OrderApi.Payment payment) {
        Span amount = new Span(getTranslation("order.payment.amount", Yuan.format(payment.amountFen(), getLocale())));
        amount.addClassNames(FontWeight.BOLD);
        Badge status = new Badge(getTranslation("order.payment.status." + side + "." + payment.status()));
        status.addClassName("order-payment-status");
        status.addThemeVariants(switch (payment.status()) {
            case "CONFIRMED" -> BadgeVariant.SUCCESS;
            case "DISPUTED" -> BadgeVariant.ERROR;
            default -> BadgeVariant.WARNING;
        });
        Div top = new Div(amount, status);
        top.addClassNames(Display.FLEX, AlignItems.BASELINE, Gap.SMALL, FlexWrap.WRAP);
        String how = getTranslation("order.payment.method." + payment.method())
                + (payment.reference() == null ? "" : " · " + payment.reference()) + " · " + WHEN.format(payment.paidAt());
        Span facts = new Span(how);
        facts.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
        facts.getStyle().set("overflow-wrap", "anywhere");
        Div line = new Div(top, facts);
        line.addClassNames("order-payment", Display.FLEX, FlexDirection.COLUMN, Gap.XSMALL, Padding.SMALL, Border.ALL);
        line.getElement().setAttribute("data-status", payment.status());
        if ("BELOW_AGREED".equals(payment.comparedToAgreed()) && payment.agreedFen() != null) {
            Span below = new Span(getTranslation("order.payment.below",
                    Yuan.format(payment.agreedFen(), getLocale())));
            below.addClassNames("order-payment-below", FontSize.SMALL, TextColor.ERROR);
            line.add(below);
        }
        if (side.actions(order.status()).contains(Action.ANSWER_PAYMENT) && "RECORDED".equals(payment.status())) {
            Button confirm = new Button(getTranslation("order.payment.confirm"), click -> confirm(payment));
            confirm.addClassName("order-payment-confirm");
            confirm.addThemeVariants(ButtonVariant.PRIMARY);
            Button dispute = new Button(getTranslation("order.payment.dispute"),
                    click -> new DisputeDialog(payment, claim -> api.dispute(order.id(), payment.id(), claim), () -> {
                        build();
                        done("order.done.DISPUTE");
                    }).open());
            dispute.addClassName("order-payment-dispute");
            dispute.addThemeVariants(ButtonVariant.ERROR);
            Div buttons = new Div(confirm, dispute);
            buttons.addClassNames(Display.FLEX, Gap.SMALL, FlexWrap.WRAP);
            line.add(buttons);
        }
        return line;
    }

    private void confirm(OrderApi.Payment payment) {
        try {
            api.confirmPayment(order.id(), payment.id());
        } catch (ApiProblem problem) {
            ProblemNotice.show(problem);
            return;
        }
        // Confirming receipt settles the order (tenant-core's settlement does it in the same transaction).
        settled.accept(Order.Status.SETTLED);
        done("order.done.CONFIRM_PAYMENT");
    }

    private void done(String key) {
        Notification.show(getTranslation(key), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }
}
