package org.lingong.search.indexing;

import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.util.Objects;
import java.util.UUID;
import org.lingong.search.elastic.SearchUnavailableException;
import org.lingong.search.problem.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * Elasticsearch refused one job's document for a reason of its own (400 {@code job-rejected}, naming the job and the
 * reason). An overloaded or failing cluster is a {@link SearchUnavailableException} instead, so the relay retries.
 */
final class JobRejectedException extends ProblemException {

    private JobRejectedException(UUID jobId, String reason) {
        super(HttpStatus.BAD_REQUEST, "job-rejected", "Job " + jobId + " rejected: " + reason, jobId, reason);
    }

    static RuntimeException of(UUID jobId, BulkResponseItem item) {
        if (item.status() == 429 || item.status() >= 500) {
            return SearchUnavailableException.bulkItem(item.status(), String.valueOf(item.error()));
        }
        return new JobRejectedException(jobId, Objects.requireNonNull(item.error()).reason());
    }
}
