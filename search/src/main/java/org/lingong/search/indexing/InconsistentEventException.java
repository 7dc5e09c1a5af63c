package org.lingong.search.indexing;

import org.lingong.search.problem.ProblemException;
import org.springframework.http.HttpStatus;

/** An event whose job id or version differs from its document's: 400 {@code inconsistent-job-event}. */
final class InconsistentEventException extends ProblemException {

    InconsistentEventException(long eventId) {
        super(HttpStatus.BAD_REQUEST, "inconsistent-job-event",
                "Event " + eventId + " names another job or version than its document", String.valueOf(eventId));
    }
}
