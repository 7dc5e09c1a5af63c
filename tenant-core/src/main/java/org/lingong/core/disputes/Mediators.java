package org.lingong.core.disputes;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city's list of mediators (人民调解员 of its market's mediation room and the bureau). A retired mediator keeps the
 * cases it had and takes no new one.
 */
@Service
class Mediators {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Mediators(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<DisputeDetails.Mediator> list() {
        return jdbc.sql("select id, name, organisation, active from mediator order by active desc, name")
                .query((rs, row) -> new DisputeDetails.Mediator(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getBoolean(4))).list();
    }

    @Transactional
    DisputeDetails.Mediator add(String name, String organisation, String by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into mediator (id, name, organisation, added_by, added_at) values (?, ?, ?, ?, ?)")
                .params(id, name.strip(), organisation.strip(), by, Timestamp.from(clock.instant())).update();
        audit.record("mediator.added", id.toString(), null);
        return new DisputeDetails.Mediator(id, name.strip(), organisation.strip(), true);
    }

    @Transactional
    DisputeDetails.Mediator retire(UUID id) {
        if (jdbc.sql("update mediator set active = false where id = ?").param(id).update() == 0) {
            throw new ProblemException(ProblemType.MEDIATOR_NOT_FOUND);
        }
        audit.record("mediator.retired", id.toString(), null);
        return list().stream().filter(mediator -> mediator.id().equals(id)).findFirst().orElseThrow();
    }
}
