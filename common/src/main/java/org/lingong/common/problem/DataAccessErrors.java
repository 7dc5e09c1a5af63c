package org.lingong.common.problem;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/** The database's answers that are the caller's business; loaded only where Spring's data access is present. */
final class DataAccessErrors {

    private static final Logger log = LoggerFactory.getLogger(DataAccessErrors.class);

    private DataAccessErrors() {
    }

    static @Nullable ProblemException translate(Throwable error) {
        if (error instanceof OptimisticLockingFailureException) {
            return new ProblemException(ProblemType.CONCURRENT_CHANGE);
        }
        if (error instanceof DataIntegrityViolationException violation) {
            // A uniqueness rule caught what a check before the write could not: two requests claiming the same
            // thing at once. The loser gets a 409, and its transaction wrote nothing.
            log.info("Refused by a database constraint: {}", violation.getMostSpecificCause().getMessage());
            return new ProblemException(ProblemType.ALREADY_EXISTS);
        }
        if (error instanceof DataAccessResourceFailureException || error instanceof CannotCreateTransactionException) {
            log.warn("The database is unreachable: {}", error.getMessage());
            return ProblemException.causedBy(error, ProblemType.SERVICE_UNAVAILABLE);
        }
        return null;
    }
}
