package org.lingong.admin.orders;

import java.util.Optional;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.ProblemNotice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

/**
 * Ratings on an order card: the other party's standing (where the side decides — the employer on a grab, the worker on
 * the employer's orders), the rating this side gave and the one it received, and 评价 while the API allows it (done
 * work, not yet rated, within the window). Comments are the other person's text: set as text, never HTML.
 */
class RatingPanel extends Div {

    private final OrderApi api;
    private final Side side;
    private final Order order;

    RatingPanel(OrderApi api, Side side, Order order) {
        this.api = api;
        this.side = side;
        this.order = order;
        addClassNames("order-rating", Display.FLEX, FlexDirection.COLUMN, Gap.XSMALL);
        build();
    }

    private void build() {
        removeAll();
        OrderApi.Ratings ratings;
        try {
            ratings = api.ratings(order.id());
        } catch (ApiProblem problem) {
            add(ProblemNotice.inPlace(problem));
            return;
        }
        // The other party: the employer for the worker's page, the worker for the employer's.
        OrderApi.Standing other = side == Side.WORKER ? ratings.employer() : ratings.worker();
        if (other != null) {
            Span standing = new Span(other.count() == 0 ? getTranslation("order.rating.standing.none." + side)
                    : getTranslation("order.rating.standing." + side, other.average().toPlainString(),
                    other.count()));
            standing.addClassNames("order-rating-standing", FontSize.SMALL, TextColor.SECONDARY);
            add(standing);
        }
        given(ratings, side.name()).ifPresent(mine -> add(line("order-rating-given", "order.rating.given", mine)));
        given(ratings, side == Side.WORKER ? Side.EMPLOYER.name() : Side.WORKER.name())
                .ifPresent(theirs -> add(line("order-rating-received", "order.rating.received", theirs)));
        if (ratings.mayRate()) {
            Button rate = new Button(getTranslation("order.rate." + side), click -> new RatingDialog(side,
                    ratings.tags(), request -> api.rate(order.id(), request), () -> {
                        build();
                        Notification.show(getTranslation("order.done.RATE"), 4000, Notification.Position.TOP_CENTER)
                                .addThemeVariants(NotificationVariant.SUCCESS);
                    }).open());
            rate.addClassName("order-rate");
            add(rate);
        }
    }

    private static Optional<OrderApi.Rating> given(OrderApi.Ratings ratings, String by) {
        return ratings.ratings().stream().filter(rating -> rating.by().equals(by)).findFirst();
    }

    /** Stars, tags and comment in one line of text. */
    private Span line(String className, String key, OrderApi.Rating rating) {
        StringBuilder text = new StringBuilder(RatingDialog.stars(rating.stars()));
        rating.tags().forEach(tag -> text.append(" · ").append(getTranslation("rating.tag." + tag)));
        if (rating.comment() != null) {
            text.append(" · ").append(rating.comment());
        }
        Span line = new Span(getTranslation(key, text.toString()));
        line.addClassNames(className, FontSize.SMALL);
        line.getElement().setAttribute("data-stars", String.valueOf(rating.stars()));
        line.getStyle().set("overflow-wrap", "anywhere");
        return line;
    }
}
