package org.lingong.core.insurance;

import org.lingong.core.tenancy.CurrentTenant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The city's insurance rule, one row in its schema. */
@Component
class InsuranceSettings {

    private final JdbcClient jdbc;

    InsuranceSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record InsuranceRule(boolean requireInsuranceForCheckIn) {
    }

    InsuranceRule get() {
        return new InsuranceRule(jdbc.sql("select require_for_check_in from " + table()).query(Boolean.class).single());
    }

    void set(InsuranceRule rule) {
        jdbc.sql("update " + table() + " set require_for_check_in = ?").param(rule.requireInsuranceForCheckIn())
                .update();
    }

    private static String table() {
        return CurrentTenant.require().schema() + ".insurance_setting";
    }
}
