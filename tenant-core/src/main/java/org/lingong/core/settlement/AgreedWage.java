package org.lingong.core.settlement;

import java.time.Duration;
import org.lingong.core.jobs.JobPosting;
import org.lingong.core.orders.OrderDetails;

/**
 * The wage an order was taken for, in fen: hourly wages over the order's minutes, daily wages per started day. Piece
 * and monthly wages are not countable from the order alone (how many pieces, which month's share), so they are null.
 */
final class AgreedWage {

    private AgreedWage() {
    }

    static Long of(JobPosting.Wage wage, OrderDetails order) {
        Duration time = Duration.between(order.startsAt(), order.endsAt());
        return switch (wage.unit()) {
            case HOUR -> (wage.amountFen() * time.toMinutes() + 30) / 60;
            case DAY -> wage.amountFen() * Math.max(1, (time.toMinutes() + 24 * 60 - 1) / (24 * 60));
            case PIECE, MONTH -> null;
        };
    }
}
