package org.lingong.core.jobs;

import java.util.UUID;

/**
 * What publishing asks of screening, which implements it: does this text pass the city's rules? Declared here so
 * that jobs need not know screening (screening's review queue moves jobs through {@link Jobs}).
 */
public interface PostingScreen {

    /** The verdict on a job's text (title, description, requirements) under the current city's enabled rules. */
    ScreeningVerdict screen(String title, String description, String requirements);

    /** A job was kept back for review with this verdict, inside the posting's transaction. */
    void held(UUID jobId, String title, ScreeningVerdict verdict);
}
