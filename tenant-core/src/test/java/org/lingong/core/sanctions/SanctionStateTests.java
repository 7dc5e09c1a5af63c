package org.lingong.core.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lingong.core.TenantCoreTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The state in Java and "running" in SQL (the desk's filter, the ban, ending a measure) say the same of every
 * measure, outcome and term, asked of PostgreSQL itself.
 */
class SanctionStateTests extends TenantCoreTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void javaAndSqlAgreeOnWhatIsRunning() {
        Instant now = Instant.parse("2026-12-07T04:00:00Z");
        List<Outcome> outcomes = new ArrayList<>(Arrays.asList(Outcome.values()));
        outcomes.add(null);
        for (Measure measure : Measure.values()) {
            for (Outcome outcome : outcomes) {
                for (Instant endsAt : terms(measure, now)) {
                    boolean sql = jdbc.sql("select " + SanctionState.RUNNING_SQL
                                    + " from (values (?::text, ?::text, ?::timestamptz)) as s(measure, outcome, ends_at)")
                            // The predicate's instant comes first in the statement, then the row.
                            .params(Timestamp.from(now), measure.name(), outcome == null ? null : outcome.name(),
                                    endsAt == null ? null : Timestamp.from(endsAt))
                            .query(Boolean.class).single();
                    assertThat(sql).as(measure + " " + outcome + " " + endsAt)
                            .isEqualTo(SanctionState.of(measure, endsAt, outcome, now).running());
                }
            }
        }
    }

    /** The terms a measure can have: none, or one ending before, at or after the instant. */
    private static List<Instant> terms(Measure measure, Instant now) {
        return switch (measure) {
            case TAKE_DOWN_JOBS, CLOSE -> Arrays.asList((Instant) null);
            case SUSPEND, ORDER_TO_CORRECT -> List.of(now.minus(Duration.ofDays(1)), now, now.plusSeconds(1));
        };
    }
}
