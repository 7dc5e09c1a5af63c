package org.lingong.search.indexing;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;

/**
 * One re-index run of a tenant. Its id is a version 7 UUID, which carries the run's start time, so any replica of the
 * service can finish a run another one started, and nothing needs to be stored meanwhile.
 */
record ReindexRun(String id, Instant startedAt) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern UUID_V7 =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    static ReindexRun start() {
        Instant now = Instant.now();
        long millis = now.toEpochMilli();
        long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0fffL);
        long low = (RANDOM.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new ReindexRun(new UUID(high, low).toString(), Instant.ofEpochMilli(millis));
    }

    /** The run an id names; 400 {@code invalid-reindex-run} when it is not one this service handed out. */
    static ReindexRun of(String id) {
        if (!UUID_V7.matcher(id).matches()) {
            throw new ProblemException(ProblemType.INVALID_REINDEX_RUN, id);
        }
        long millis = UUID.fromString(id).getMostSignificantBits() >>> 16;
        return new ReindexRun(id, Instant.ofEpochMilli(millis));
    }
}
