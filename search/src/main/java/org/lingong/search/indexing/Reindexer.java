package org.lingong.search.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.lingong.common.tenant.TenantCode;
import org.lingong.search.elastic.ElasticCalls;
import org.lingong.search.jobs.JobDocument;
import org.lingong.search.jobs.JobsIndex;
import org.springframework.stereotype.Component;

/**
 * Rebuilds one tenant's documents: the run's documents are written with {@code external_gte} versions and marked
 * with the run; finishing deletes the tenant's documents the run did not write and nothing changed since it started
 * (jobs that were closed or removed while no event reached the index). The minimal Elasticsearch has no
 * delete-by-query, so the stale ones are found by a search and deleted in bulk, each at the version the search saw:
 * a document an event changed in between is left alone.
 */
@Component
class Reindexer {

    private static final int PAGE = 500;

    record Finished(long written, long deleted) {
    }

    private final ElasticsearchClient client;
    private final JobsIndex jobsIndex;
    private final JobWriter writer;

    Reindexer(ElasticsearchClient client, JobsIndex jobsIndex, JobWriter writer) {
        this.client = client;
        this.jobsIndex = jobsIndex;
        this.writer = writer;
    }

    JobWriter.Outcome write(TenantCode tenant, ReindexRun run, List<JobDocument> jobs) {
        return writer.write(tenant, jobs, VersionType.ExternalGte, run.id());
    }

    Finished finish(TenantCode tenant, ReindexRun run) {
        jobsIndex.ensureCreated();
        return ElasticCalls.call(() -> {
            client.indices().refresh(r -> r.index(jobsIndex.index()));
            long written = client.count(c -> c.index(jobsIndex.alias()).routing(tenant.value())
                    .query(q -> q.bool(b -> b.filter(tenantIs(tenant))
                            .filter(f -> f.term(t -> t.field("reindexRun").value(run.id())))))).count();
            Query stale = Query.of(q -> q.bool(b -> b.filter(tenantIs(tenant))
                    .filter(f -> f.range(r -> r.date(d -> d.field("updatedAt").lt(run.startedAt().toString()))))
                    .mustNot(m -> m.term(t -> t.field("reindexRun").value(run.id())))));
            long deleted = 0;
            List<FieldValue> after = List.of();
            while (true) {
                SearchRequest.Builder search = new SearchRequest.Builder().index(jobsIndex.alias())
                        .routing(tenant.value()).query(stale).size(PAGE).version(true).source(s -> s.fetch(false))
                        .sort(o -> o.field(f -> f.field("jobId").order(SortOrder.Asc)));
                if (!after.isEmpty()) {
                    search.searchAfter(after);
                }
                SearchResponse<Void> page = client.search(search.build(), Void.class);
                List<Hit<Void>> hits = page.hits().hits();
                if (hits.isEmpty()) {
                    return new Finished(written, deleted);
                }
                deleted += delete(tenant, hits);
                after = hits.getLast().sort();
            }
        });
    }

    private long delete(TenantCode tenant, List<Hit<Void>> hits) throws IOException {
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(jobsIndex.alias());
        for (Hit<Void> hit : hits) {
            bulk.operations(op -> op.delete(d -> d.id(Objects.requireNonNull(hit.id())).routing(tenant.value())
                    .version(hit.version()).versionType(VersionType.ExternalGte)));
        }
        BulkResponse response = client.bulk(bulk.build());
        long deleted = 0;
        for (BulkResponseItem item : response.items()) {
            if (item.status() == 429 || item.status() >= 500) {
                throw ElasticCalls.unavailable(item.status(), String.valueOf(item.error()));
            }
            if (item.error() == null && "deleted".equals(item.result())) {
                deleted++;
            } // 409: an event changed it after the search, 404: already gone; either way it is not stale any more
        }
        return deleted;
    }

    private static Query tenantIs(TenantCode tenant) {
        return Query.of(q -> q.term(t -> t.field("tenant").value(tenant.value())));
    }
}
