package org.lingong.core.insurance;

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
        return new InsuranceRule(jdbc.sql("select require_for_check_in from insurance_setting").query(Boolean.class).single());
    }

    void set(InsuranceRule rule) {
        jdbc.sql("update insurance_setting set require_for_check_in = ?").param(rule.requireInsuranceForCheckIn())
                .update();
    }
}
