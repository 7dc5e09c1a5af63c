package org.lingong.core.insurance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.lingong.core.orders.OrderDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether an order's time is covered: by its own enrolments and the worker's day covers together. It needs no order
 * lookup, so the orders feature can ask it during check-in.
 */
@Component
public class Coverage {

    /** Whether the enrolments together span the order's whole time. */
    public record OrderCover(boolean covered, List<EnrolmentDetails> enrolments) {
    }

    private final EnrolmentRepository enrolments;

    Coverage(EnrolmentRepository enrolments) {
        this.enrolments = enrolments;
    }

    @Transactional(readOnly = true)
    OrderCover of(OrderDetails order) {
        return of(order.id(), order.workerId(), order.startsAt(), order.endsAt());
    }

    /** The cover of one order of a worker working from {@code start} to {@code end}. */
    @Transactional(readOnly = true)
    public OrderCover of(UUID orderId, UUID workerId, Instant start, Instant end) {
        List<Enrolment> found = enrolments.overlapping(orderId, workerId, start, end);
        return new OrderCover(spans(found, start, end), found.stream().map(Enrolment::details).toList());
    }

    /** Enrolments sorted by start leave no gap in [start, end): e.g. two day covers for an order over midnight. */
    static boolean spans(List<Enrolment> sortedByStart, Instant start, Instant end) {
        Instant reached = start;
        for (Enrolment cover : sortedByStart) {
            if (cover.coverageStart().isAfter(reached)) {
                return false;
            }
            if (cover.coverageEnd().isAfter(reached)) {
                reached = cover.coverageEnd();
            }
            if (!reached.isBefore(end)) {
                return true;
            }
        }
        return !reached.isBefore(end);
    }
}
