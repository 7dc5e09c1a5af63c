package org.lingong.core.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Set;
import org.lingong.core.jobs.JobDetails;
import org.lingong.core.jobs.Jobs;
import org.lingong.core.orders.ActorRole;
import org.lingong.core.orders.OrderStatus;
import org.lingong.core.orders.OrderStatusChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells a worker, in the inbox and on the stream, of each step another side or the order's clock took on their order:
 * a dispatch to confirm, a confirmation, a cancellation or release, a no-show, a completion; once per step.
 *
 * <p>Written after the step commits, in a transaction that first takes the fan-out's cursor lock: the streams rely on
 * notification ids growing in commit order, and taking that lock inside the step (which may hold its worker's row)
 * could deadlock with a fan-out writing to the same worker. A crash between the step's commit and this write loses
 * the notice, never the step; the order's page shows it either way.
 */
@Component
class OrderNotices {

    private static final Set<OrderStatus> TOLD = Set.of(OrderStatus.DISPATCHED, OrderStatus.CONFIRMED,
            OrderStatus.CANCELLED, OrderStatus.NO_SHOW, OrderStatus.COMPLETED);

    private static final Logger log = LoggerFactory.getLogger(OrderNotices.class);

    private final TransactionTemplate ownTransaction;
    private final JdbcClient jdbc;
    private final Inbox inbox;
    private final Jobs jobs;
    private final Clock clock;

    OrderNotices(JdbcClient jdbc, Inbox inbox, Jobs jobs, PlatformTransactionManager transactions, Clock clock) {
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
        this.inbox = inbox;
        this.jobs = jobs;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(OrderStatusChanged change) {
        if (change.by() == ActorRole.WORKER || !TOLD.contains(change.to())) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(status -> tell(change));
        } catch (RuntimeException e) {
            // The step has committed: its caller must not see a failure it did not cause.
            log.warn("could not tell worker of order {} becoming {}", change.orderId(), change.to(), e);
        }
    }

    private void tell(OrderStatusChanged change) {
        jdbc.sql("select 1 from notification_cursor for update").query().singleRow();
        JobDetails job = jobs.find(change.jobId());
        int written = jdbc.sql("""
                        insert into notification (worker_id, kind, job_id, job_title, category, wage_amount_fen,
                                                  wage_unit, order_id, order_status, reason_code, created_at)
                        values (?, 'ORDER', ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (order_id, order_status) where kind = 'ORDER' do nothing
                        """)
                .params(change.workerId(), job.id(), job.title(), job.category(), job.wage().amountFen(),
                        job.wage().unit().name(), change.orderId(), change.to().name(), change.reasonCode(),
                        Timestamp.from(clock.instant()))
                .update();
        if (written > 0) {
            inbox.signalStreams();
        }
    }
}
