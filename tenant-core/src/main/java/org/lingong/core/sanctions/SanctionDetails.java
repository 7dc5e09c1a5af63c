package org.lingong.core.sanctions;

import java.time.Instant;
import java.util.UUID;

/**
 * A sanction as the city's staff and the employer see it: {@code endsAt} is the correction's deadline or the
 * suspension's end (exclusive, null for the other measures); {@code decidedBy} and {@code outcomeBy} are shown to
 * staff only; {@code appeal} is null until the employer appeals, which it may until {@code appealableUntil}.
 */
record SanctionDetails(UUID id, long number, UUID employerId, String employerName, Measure measure, String grounds,
                       String decision, String decidedBy, Instant decidedAt, Instant endsAt, int jobsTakenDown,
                       SanctionState state, Outcome outcome, String outcomeNote, String outcomeBy, Instant outcomeAt,
                       Instant appealableUntil, Appeal appeal) {

    /** The employer's appeal; {@code result} null while the city admin has not decided it. */
    record Appeal(String grounds, Instant filedAt, AppealResult result, String resultNote, Instant decidedAt) {
    }

    enum AppealResult {
        UPHELD, REVOKED
    }
}
