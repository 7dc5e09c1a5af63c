package org.lingong.core.searchindex;

import java.util.List;
import java.util.UUID;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.jobs.JobDetails;
import org.lingong.core.jobs.Jobs;
import org.lingong.core.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Rebuilds a city's search documents from its jobs: every open or filled job, in batches by id, through one re-index
 * run; finishing the run removes the documents no longer backed by a job. Changes made meanwhile still arrive through
 * the outbox, and versions keep the newer of the two.
 */
@Service
public class SearchReindex {

    private static final Logger log = LoggerFactory.getLogger(SearchReindex.class);
    private static final UUID FIRST = new UUID(0, 0);

    private final Jobs jobs;
    private final SearchIndexClient search;

    SearchReindex(Jobs jobs, SearchIndexClient search) {
        this.jobs = jobs;
        this.search = search;
    }

    public record Report(String runId, long sent, long written, long deleted) {
    }

    public Report run(TenantCode tenant) {
        String runId = search.startReindex(tenant);
        long sent = 0;
        UUID after = FIRST;
        List<JobDetails> page;
        do {
            UUID from = after;
            page = TenantContext.call(tenant, () -> jobs.searchable(from, OutboxRelay.BATCH));
            if (!page.isEmpty()) {
                search.reindexDocuments(tenant, runId, page.stream().map(JobDocument::of).toList());
                sent += page.size();
                after = page.getLast().id();
            }
        } while (page.size() == OutboxRelay.BATCH);
        SearchIndexClient.ReindexFinished finished = search.finishReindex(tenant, runId);
        log.info("re-indexed {}: {} jobs sent, {} written, {} stale documents deleted", tenant, sent,
                finished.written(), finished.deleted());
        return new Report(runId, sent, finished.written(), finished.deleted());
    }
}
