package org.lingong.core.sanctions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.lingong.core.people.RecruitingBans;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers publishing and confirming: is the employer suspended or closed now? Apart from {@link Sanctions}, which
 * takes jobs down through the very feature that asks this.
 */
@Component
class Bans implements RecruitingBans {

    private final JdbcClient jdbc;

    Bans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Ban> inForce(UUID employerId, Instant at) {
        // A closure outweighs any suspension; of suspensions, the one ending last.
        return jdbc.sql("select s.ends_at, s.grounds from sanction s where s.employer_id = ? "
                        + "and s.measure in ('SUSPEND', 'CLOSE') and " + SanctionState.RUNNING_SQL
                        + " order by s.ends_at desc nulls first limit 1")
                .params(employerId, Timestamp.from(at))
                .query((rs, row) -> new Ban(rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant(),
                        rs.getString(2)))
                .optional();
    }
}
