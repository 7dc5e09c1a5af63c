package org.lingong.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.search.ProblemAssertions.assertProblem;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.search.Api.Reply;
import org.lingong.search.SearchServiceTests;
import org.lingong.search.TestJob;
import org.lingong.search.Tokens;
import org.lingong.search.jobs.IndexedJob;
import org.lingong.search.jobs.JobDocument.JobStatus;
import org.lingong.search.jobs.JobsIndex;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class ReindexTests extends SearchServiceTests {

    @Autowired
    ElasticsearchClient client;

    @Autowired
    JobsIndex jobsIndex;

    String tenant;
    String other;

    @BeforeEach
    void freshTenants() {
        long run = ThreadLocalRandom.current().nextLong(1L << 40);
        tenant = "r" + Long.toString(run, 36);
        other = "o" + Long.toString(run, 36);
    }

    @Test
    void rebuildsTheTenantsDocumentsAndDeletesOnlyStaleOnes() throws IOException {
        Instant before = Instant.now().minus(Duration.ofMinutes(5));
        TestJob kept = TestJob.open().created(before);
        TestJob reopened = TestJob.open().created(before);
        TestJob vanished = TestJob.open().created(before); // closed while no event reached search
        TestJob newerThanStream = TestJob.open().created(before);
        TestJob othersJob = TestJob.open().created(before);
        events(tenant, kept.event(1), reopened.event(2), vanished.event(3), newerThanStream.event(4));
        events(other, othersJob.event(5));

        String runId = post("/internal/v1/tenants/" + tenant + "/reindex", Map.of()).path("runId").asString();
        TestJob postedDuringRun = TestJob.open().created(Instant.now().plusMillis(5));
        events(tenant, postedDuringRun.event(6), newerThanStream.version(3).updated(Instant.now()).event(7));
        JsonNode written = post("/internal/v1/tenants/" + tenant + "/reindex/" + runId + "/documents",
                Map.of("jobs", List.of(kept.build(), reopened.version(2).slotsOpen(1).build(),
                        newerThanStream.version(2).build())));
        JsonNode finished = post("/internal/v1/tenants/" + tenant + "/reindex/" + runId + "/finish", Map.of());

        assertThat(written.path("written").asInt()).isEqualTo(2);
        assertThat(written.path("ignored").asInt()).isEqualTo(1);
        assertThat(finished.path("written").asLong()).isEqualTo(2);
        assertThat(finished.path("deleted").asLong()).isEqualTo(1);
        assertThat(stored(tenant, kept)).isNotNull();
        assertThat(stored(tenant, kept).reindexRun()).isEqualTo(runId);
        assertThat(stored(tenant, reopened).slotsOpen()).isEqualTo(1);
        assertThat(stored(tenant, vanished)).isNull();
        assertThat(stored(tenant, newerThanStream).version()).isEqualTo(3);
        assertThat(stored(tenant, postedDuringRun)).isNotNull();
        assertThat(stored(other, othersJob)).isNotNull();
    }

    @Test
    void aStreamedClosedJobIsDeletedAndARunCanBeFinishedTwice() throws IOException {
        TestJob job = TestJob.open().created(Instant.now().minus(Duration.ofMinutes(1)));
        events(tenant, job.event(1));
        String runId = post("/internal/v1/tenants/" + tenant + "/reindex", Map.of()).path("runId").asString();

        post("/internal/v1/tenants/" + tenant + "/reindex/" + runId + "/documents",
                Map.of("jobs", List.of(job.version(2).status(JobStatus.CLOSED).build())));
        JsonNode first = post("/internal/v1/tenants/" + tenant + "/reindex/" + runId + "/finish", Map.of());
        JsonNode second = post("/internal/v1/tenants/" + tenant + "/reindex/" + runId + "/finish", Map.of());

        assertThat(stored(tenant, job)).isNull();
        assertThat(first.path("deleted").asLong()).isZero();
        assertThat(second.path("written").asLong()).isZero();
        assertThat(second.path("deleted").asLong()).isZero();
    }

    @Test
    void rejectsARunIdItDidNotHandOut() {
        Reply reply = api.post("/internal/v1/tenants/" + tenant + "/reindex/not-a-run/finish", Tokens.service(),
                Map.of());

        JsonNode problem = assertProblem(reply, 400, "invalid-reindex-run", "重建索引批次编号无效");
        assertThat(problem.path("detail").asString()).contains("“not-a-run”");
    }

    @Test
    void runIdsCarryTheirStartTime() {
        Instant before = Instant.now().minusMillis(1);
        ReindexRun run = ReindexRun.start();

        assertThat(ReindexRun.of(run.id())).isEqualTo(run);
        assertThat(run.startedAt()).isBetween(before, Instant.now());
    }

    @SafeVarargs
    private void events(String code, Map<String, Object>... events) {
        post("/internal/v1/tenants/" + code + "/job-events", Map.of("events", List.of(events)));
    }

    private JsonNode post(String path, Object body) {
        Reply reply = api.post(path, Tokens.service(), body);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.json();
    }

    private IndexedJob stored(String code, TestJob job) throws IOException {
        var got = client.get(g -> g.index(jobsIndex.alias()).id(IndexedJob.idOf(code, job.jobId())).routing(code),
                IndexedJob.class);
        return got.found() ? got.source() : null;
    }
}
