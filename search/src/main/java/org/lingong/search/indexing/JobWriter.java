package org.lingong.search.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.TenantCode;
import org.lingong.search.elastic.ElasticCalls;
import org.lingong.search.jobs.IndexedJob;
import org.lingong.search.jobs.JobDocument;
import org.lingong.search.jobs.JobsIndex;
import org.springframework.stereotype.Component;

/**
 * Writes jobs into the shared index in one bulk request: open and filled jobs are upserted, the others deleted, each
 * with the job's version as an external version. Elasticsearch then refuses anything not newer than what it holds,
 * which makes a replayed or late event harmless: it counts as ignored.
 */
@Component
class JobWriter {

    /** How many writes took effect and how many Elasticsearch ignored as not newer than the stored document. */
    record Outcome(int applied, int ignored) {
    }

    private final ElasticsearchClient client;
    private final JobsIndex jobsIndex;

    JobWriter(ElasticsearchClient client, JobsIndex jobsIndex) {
        this.client = client;
        this.jobsIndex = jobsIndex;
    }

    /**
     * @param versionType {@code External} for events (strictly newer wins), {@code ExternalGte} for re-index runs
     *                    (an equal version is rewritten, so the run marks it as its own)
     * @param run         the re-index run writing, stored on each document; null for events
     */
    Outcome write(TenantCode tenant, List<JobDocument> jobs, VersionType versionType, @Nullable String run) {
        if (jobs.isEmpty()) {
            return new Outcome(0, 0);
        }
        jobsIndex.ensureCreated();
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(jobsIndex.alias());
        for (JobDocument job : jobs) {
            String id = IndexedJob.idOf(tenant.value(), job.jobId());
            if (job.status().indexed()) {
                IndexedJob document = IndexedJob.of(tenant.value(), job, run);
                bulk.operations(op -> op.index(i -> i.id(id).routing(tenant.value())
                        .version(job.version()).versionType(versionType).document(document)));
            } else {
                bulk.operations(op -> op.delete(d -> d.id(id).routing(tenant.value())
                        .version(job.version()).versionType(versionType)));
            }
        }
        BulkResponse response = ElasticCalls.call(() -> client.bulk(bulk.build()));
        int applied = 0;
        int ignored = 0;
        for (int i = 0; i < response.items().size(); i++) {
            BulkResponseItem item = response.items().get(i);
            if (item.error() == null || item.status() == 404) {
                applied++; // a delete of a job never indexed (e.g. a draft) reached its goal too
            } else if (item.status() == 409) {
                ignored++;
            } else {
                throw rejected(jobs.get(i).jobId(), item);
            }
        }
        return new Outcome(applied, ignored);
    }

    /**
     * Elasticsearch refused one job's document for a reason of its own: 400 {@code job-rejected}, naming the job and
     * the reason. An overloaded or failing cluster is {@code search-unavailable} instead, so the relay retries.
     */
    private static ProblemException rejected(UUID jobId, BulkResponseItem item) {
        if (item.status() == 429 || item.status() >= 500) {
            return ElasticCalls.unavailable(item.status(), String.valueOf(item.error()));
        }
        return new ProblemException(ProblemType.JOB_REJECTED, jobId, Objects.requireNonNull(item.error()).reason());
    }
}
