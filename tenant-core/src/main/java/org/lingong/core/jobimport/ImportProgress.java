package org.lingong.core.jobimport;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** What the importing clerk watches: rows done, accepted, and every rejected row with its reasons. */
record ImportProgress(UUID id, String fileName, ImportFormat format, JobImport.Status status, int total,
                      int processed, int accepted, JsonNode rejected, Instant createdAt,
                      Instant finishedAt) {
}
