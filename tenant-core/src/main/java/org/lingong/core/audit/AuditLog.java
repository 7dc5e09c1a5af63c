package org.lingong.core.audit;

import org.lingong.core.tenancy.CurrentTenant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records who did what in the current tenant, inside the caller's transaction. It writes through JDBC to the
 * schema-qualified table, so platform operations (whose Hibernate session is on the platform schema) can audit into
 * the tenant's trail atomically with their change.
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
        String schema = CurrentTenant.require().schema();
        jdbc.sql("insert into " + schema + ".audit_event (actor, action, target, detail) values (?, ?, ?, ?)")
                .params(actor(), action, target, detail).update();
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? SYSTEM : authentication.getName();
    }
}
