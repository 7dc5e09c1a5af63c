package org.lingong.core.orders;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.jobs.Jobs;
import org.lingong.core.jobs.OpenMarkets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order's clock: the steps the platform takes when nobody acts in time (released grabs, no-shows, completion by
 * rule, the market queue emptying at closing time), with the city's limits.
 *
 * <p>There are no timer rows: an order is due by its own status and times, which partial indexes keep cheap to find.
 * A batch of due orders is locked with {@code for update skip locked} and stepped in one transaction, so replicas
 * sweeping at once share the work and never step an order twice (the lock re-checks the status), and a replica that
 * dies mid-batch rolls back and leaves the orders to the next sweep.
 */
@Service
public class OrderClock {

    /** The clock's name in the order history and the audit log. */
    public static final String ACTOR = "system:order-clock";

    private final JdbcClient jdbc;
    private final OrderRepository orders;
    private final MarketCheckInRepository checkIns;
    private final OrderHistory history;
    private final Jobs jobs;
    private final OpenMarkets markets;
    private final AuditLog audit;
    private final Clock clock;

    OrderClock(JdbcClient jdbc, OrderRepository orders, MarketCheckInRepository checkIns, OrderHistory history,
               Jobs jobs, OpenMarkets markets, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.checkIns = checkIns;
        this.history = history;
        this.jobs = jobs;
        this.markets = markets;
        this.audit = audit;
        this.clock = clock;
    }

    /** The current city's limits. */
    @Transactional(readOnly = true)
    public OrderClockSettings settings() {
        return jdbc.sql("select confirm_within_minutes, no_show_after_minutes, complete_after_hours, "
                        + "payment_within_days, check_in_radius_m from order_clock_setting where id = 1")
                .query((rs, row) -> new OrderClockSettings(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5)))
                .single();
    }

    @Transactional
    OrderClockSettings update(OrderClockSettings settings, String by) {
        jdbc.sql("update order_clock_setting set confirm_within_minutes = ?, no_show_after_minutes = ?, "
                        + "complete_after_hours = ?, payment_within_days = ?, check_in_radius_m = ?, updated_by = ?, "
                        + "updated_at = ? where id = 1")
                .params(settings.confirmWithinMinutes(), settings.noShowAfterMinutes(), settings.completeAfterHours(),
                        settings.paymentWithinDays(), settings.checkInRadiusMetres(), by,
                        Timestamp.from(clock.instant()))
                .update();
        audit.record("order-clock.updated", "order_clock_setting", settings.toString());
        return settings;
    }

    /**
     * Steps at most {@code limit} orders due at {@code now} in the current city, in one transaction; returns how many.
     * The caller repeats while a full batch came back.
     */
    @Transactional
    public int stepDue(Instant now, int limit) {
        OrderClockSettings settings = settings();
        List<Order> due = orders.lockDue(now.minus(settings.confirmWithin()), now.minus(settings.noShowAfter()),
                now.minus(settings.completeAfter()), limit);
        for (Order order : due) {
            step(order, now);
        }
        return due.size();
    }

    private void step(Order order, Instant now) {
        OrderStatus from = order.status();
        ClockRule rule = switch (from) {
            case GRABBED, DISPATCHED -> {
                order.cancel(ClockRule.NOT_CONFIRMED_IN_TIME.name(), null, now);
                jobs.releaseSlot(order.jobId());
                yield ClockRule.NOT_CONFIRMED_IN_TIME;
            }
            case CONFIRMED -> {
                // The slot reopens while the job still takes grabs (its validity): that is its late replacement.
                order.moveTo(OrderStatus.NO_SHOW, now);
                jobs.releaseSlot(order.jobId());
                yield ClockRule.NOT_CHECKED_IN_IN_TIME;
            }
            case CHECKED_IN -> {
                order.moveTo(OrderStatus.COMPLETED, now);
                yield ClockRule.NOT_COMPLETED_IN_TIME;
            }
            default -> throw new IllegalStateException("not a timed status: " + from);
        };
        history.moved(order, from, ACTOR, ActorRole.SYSTEM, rule.name(), null, now);
    }

    /** Ends the waits at markets whose day is over: the dispatch queue empties at closing time. */
    @Transactional
    public int closeMarketQueues(Instant now) {
        // Each market's hours are read once per sweep, however many wait there.
        Map<Long, UnaryOperator<Instant>> closing = new HashMap<>();
        int ended = 0;
        for (MarketCheckIn wait : checkIns.lockWaitingSince(now)) {
            Instant close = closing.computeIfAbsent(wait.marketId(), markets::closing).apply(wait.checkedInAt());
            if (!close.isAfter(now)) {
                wait.close(now);
                audit.record("market.check-in-closed", wait.details().id().toString(),
                        "market=" + wait.marketId() + "; closedAt=" + close);
                ended++;
            }
        }
        return ended;
    }
}
