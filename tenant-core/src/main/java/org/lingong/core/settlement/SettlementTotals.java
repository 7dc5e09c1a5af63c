package org.lingong.core.settlement;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Sums of payments and open arrears, in fen, for a worker, an employer or the city over a period. */
@Component
class SettlementTotals {

    /**
     * @param paidFen everything recorded as paid; of it {@code confirmedFen} confirmed by workers,
     *                {@code awaitingConfirmationFen} not answered yet, {@code disputedFen} disputed
     * @param outstandingFen what open wage-arrears reports say is still owed
     */
    record Totals(long payments, long paidFen, long confirmedFen, long awaitingConfirmationFen, long disputedFen,
                  long openArrears, long outstandingFen) {
    }

    private final JdbcClient jdbc;

    SettlementTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Totals ofWorker(UUID workerId) {
        return totals("worker_id = ?", "worker_id = ?", workerId);
    }

    Totals ofEmployer(UUID employerId) {
        return totals("employer_id = ?", "employer_id = ?", employerId);
    }

    /** Payments made, and arrears reported, in [from, to). */
    Totals ofCity(Instant from, Instant to) {
        return totals("paid_at >= ? and paid_at < ?", "reported_at >= ? and reported_at < ?",
                Timestamp.from(from), Timestamp.from(to));
    }

    private Totals totals(String paymentsWhere, String arrearsWhere, Object... params) {
        long[] paid = jdbc.sql("select count(*), coalesce(sum(amount_fen), 0), "
                        + "coalesce(sum(amount_fen) filter (where status = 'CONFIRMED'), 0), "
                        + "coalesce(sum(amount_fen) filter (where status = 'RECORDED'), 0), "
                        + "coalesce(sum(amount_fen) filter (where status = 'DISPUTED'), 0) "
                        + "from wage_payment where " + paymentsWhere)
                .params(params).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5)}).single();
        long[] owed = jdbc.sql("select count(*), coalesce(sum(amount_owed_fen), 0) from wage_arrears "
                        + "where status = 'OPEN' and " + arrearsWhere)
                .params(params).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        return new Totals(paid[0], paid[1], paid[2], paid[3], paid[4], owed[0], owed[1]);
    }
}
