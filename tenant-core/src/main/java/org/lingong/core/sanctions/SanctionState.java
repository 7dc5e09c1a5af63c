package org.lingong.core.sanctions;

import java.time.Instant;

/** Where a sanction stands now, derived from its measure, term and outcome. */
enum SanctionState {
    /** Running: a correction awaited, or a suspension or closure banning recruiting. */
    IN_FORCE,
    /** An order to correct past its deadline that nobody checked yet: the desk's to-do. */
    CHECK_DUE,
    /** Carried out: jobs taken down, a correction checked, a suspension past its last day. */
    DONE,
    LIFTED,
    REVOKED;

    /**
     * {@link #of} is {@code IN_FORCE} or {@code CHECK_DUE}, in SQL over {@code sanction s} with the instant as its one
     * parameter; {@code SanctionStateTests} keeps the two in step.
     */
    static final String RUNNING_SQL = "(s.outcome is null and s.measure <> 'TAKE_DOWN_JOBS' "
            + "and (s.measure <> 'SUSPEND' or s.ends_at > ?))";

    boolean running() {
        return this == IN_FORCE || this == CHECK_DUE;
    }

    static SanctionState of(Measure measure, Instant endsAt, Outcome outcome, Instant now) {
        if (outcome == Outcome.REVOKED) {
            return REVOKED;
        }
        if (outcome == Outcome.LIFTED) {
            return LIFTED;
        }
        if (outcome != null) {
            return DONE;
        }
        return switch (measure) {
            case TAKE_DOWN_JOBS -> DONE;
            case CLOSE -> IN_FORCE;
            case SUSPEND -> now.isBefore(endsAt) ? IN_FORCE : DONE;
            case ORDER_TO_CORRECT -> now.isBefore(endsAt) ? IN_FORCE : CHECK_DUE;
        };
    }
}
