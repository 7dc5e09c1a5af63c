package org.lingong.core.people;

import java.util.UUID;
import java.util.function.Supplier;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.people.pii.PiiCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Opens a row's sealed values. One that does not open was altered in the database, moved there from another row, or
 * sealed under a key this service was not given: the caller gets a problem, never the value or a 500, and the city's
 * audit trail and an alarm record which row.
 */
@Component
class Unsealing {

    private static final Logger log = LoggerFactory.getLogger(Unsealing.class);

    private final AuditLog audit;

    Unsealing(AuditLog audit) {
        this.audit = audit;
    }

    /** Runs the reads of one row; audited on failure in the caller's transaction (commit it on ProblemException). */
    <T> T open(UUID row, Supplier<T> reads) {
        try {
            return reads.get();
        } catch (PiiCipher.SealBroken e) {
            audit.record("personal-data.unreadable", row.toString(), e.getMessage());
            log.error("ALARM personal data did not open: {}", e.getMessage());
            throw new ProblemException(ProblemType.PERSONAL_DATA_UNREADABLE);
        }
    }
}
