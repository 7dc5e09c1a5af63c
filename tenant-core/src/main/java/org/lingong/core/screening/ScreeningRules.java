package org.lingong.core.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.jobs.ScreeningVerdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The city's rules: listed, added, tuned and switched off by its staff, audited; a pattern that cannot work is 400. */
@Service
class ScreeningRules {

    private static final String COLUMNS = "code, category, pattern, action, grounds_zh, grounds_en, enabled, "
            + "updated_at, updated_by";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ScreeningRules(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Rule> all() {
        return jdbc.sql("select " + COLUMNS + " from screening_rule order by category, code").query(ScreeningRules::rule)
                .list();
    }

    @Transactional
    Rule add(Rule.Change change, String by) {
        if (change.code() == null) {
            throw new ProblemException(ProblemType.SCREENING_RULE_INVALID, "code").withFieldError("code");
        }
        requireCompiles(change);
        int added = jdbc.sql("insert into screening_rule (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (code) do nothing")
                .params(change.code(), change.category().name(), change.pattern().strip(), change.action().name(),
                        change.groundsZh().strip(), change.groundsEn().strip(), change.isEnabled(),
                        Timestamp.from(clock.instant()), by)
                .update();
        if (added == 0) {
            throw new ProblemException(ProblemType.SCREENING_RULE_EXISTS, change.code());
        }
        audit.record("screening.rule-added", change.code(), change.action() + " " + change.category());
        return find(change.code());
    }

    @Transactional
    Rule change(String code, Rule.Change change, String by) {
        requireCompiles(change);
        int changed = jdbc.sql("update screening_rule set category = ?, pattern = ?, action = ?, grounds_zh = ?, "
                        + "grounds_en = ?, enabled = ?, updated_at = ?, updated_by = ? where code = ?")
                .params(change.category().name(), change.pattern().strip(), change.action().name(),
                        change.groundsZh().strip(), change.groundsEn().strip(), change.isEnabled(),
                        Timestamp.from(clock.instant()), by, code)
                .update();
        if (changed == 0) {
            throw new ProblemException(ProblemType.SCREENING_RULE_NOT_FOUND, code);
        }
        audit.record("screening.rule-changed", code, (change.isEnabled() ? "" : "disabled ") + change.action());
        return find(code);
    }

    private Rule find(String code) {
        return jdbc.sql("select " + COLUMNS + " from screening_rule where code = ?").param(code)
                .query(ScreeningRules::rule).single();
    }

    private static void requireCompiles(Rule.Change change) {
        if (change.action() == ScreeningVerdict.Action.PASS) {
            throw new ProblemException(ProblemType.SCREENING_RULE_INVALID, "action: BLOCK | HOLD | WARN")
                    .withFieldError("action");
        }
        try {
            RulePattern.compile(change.pattern());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.SCREENING_RULE_INVALID, e.getMessage()).withFieldError("pattern");
        }
    }

    static Rule rule(ResultSet row, int number) throws SQLException {
        return new Rule(row.getString(1), Category.valueOf(row.getString(2)), row.getString(3),
                ScreeningVerdict.Action.valueOf(row.getString(4)), row.getString(5), row.getString(6),
                row.getBoolean(7), row.getTimestamp(8).toInstant(), row.getString(9));
    }
}
