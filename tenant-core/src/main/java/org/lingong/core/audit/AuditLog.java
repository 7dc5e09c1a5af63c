package org.lingong.core.audit;

import java.sql.Timestamp;
import java.time.Instant;
import org.lingong.core.tenancy.CurrentTenant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records who did what in the current tenant, inside the caller's transaction. It writes through JDBC on the
 * transaction's own connection, which follows the tenant context: a platform operation opens the city's context for
 * this call and audits into the city's trail atomically with its change.
 */
@Component
public class AuditLog {

    static final String SYSTEM = "system";

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String target, String detail) {
        CurrentTenant.require();
        jdbc.sql("insert into audit_event (actor, action, target, detail) values (?, ?, ?, ?)")
                .params(actor(), action, target, detail).update();
    }

    /** How many times the current caller did this since the given moment, for limits that hold on every replica. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int countByCaller(String action, Instant since) {
        CurrentTenant.require();
        return jdbc.sql("select count(*) from audit_event where actor = ? and action = ? and at >= ?")
                .params(actor(), action, Timestamp.from(since)).query(Integer.class).single();
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? SYSTEM : authentication.getName();
    }
}
