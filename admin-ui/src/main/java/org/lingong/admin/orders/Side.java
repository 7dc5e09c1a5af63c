package org.lingong.admin.orders;

import java.util.List;

/**
 * The two sides of an order and what each may do in each status, as tenant-core's {@code OrderLifecycle} allows it.
 * The API stays the judge (of time windows, reasons, signatures): a page offers the step, the API may refuse it, and
 * the page says why.
 */
public enum Side {
    WORKER, EMPLOYER;

    public List<Action> actions(Order.Status status) {
        return switch (this) {
            case WORKER -> switch (status) {
                case DISPATCHED -> List.of(Action.CONFIRM, Action.CANCEL);
                case GRABBED -> List.of(Action.CANCEL);
                case CONFIRMED -> List.of(Action.CONTRACT, Action.CHECK_IN, Action.CANCEL);
                case COMPLETED -> List.of(Action.ANSWER_PAYMENT);
                case CHECKED_IN, SETTLED, CANCELLED, NO_SHOW -> List.of();
            };
            case EMPLOYER -> switch (status) {
                case GRABBED -> List.of(Action.CONFIRM, Action.CANCEL);
                case DISPATCHED -> List.of(Action.CANCEL);
                case CONFIRMED -> List.of(Action.CONTRACT, Action.SHOW_CHECK_IN_CODE, Action.NO_SHOW, Action.CANCEL);
                case CHECKED_IN -> List.of(Action.COMPLETE);
                case COMPLETED -> List.of(Action.RECORD_PAYMENT);
                case SETTLED, CANCELLED, NO_SHOW -> List.of();
            };
        };
    }

    /** Whether the other side has to act next: the page says what the order waits for. */
    public boolean waiting(Order.Status status) {
        return switch (this) {
            case WORKER -> status == Order.Status.GRABBED || status == Order.Status.CHECKED_IN;
            case EMPLOYER -> status == Order.Status.DISPATCHED;
        };
    }
}
