package org.lingong.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.search.ProblemAssertions.assertProblem;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.search.Api.Reply;
import org.lingong.search.SearchServiceTests;
import org.lingong.search.TestJob;
import org.lingong.search.Tokens;
import org.lingong.search.jobs.IndexedJob;
import org.lingong.search.jobs.JobDocument.JobStatus;
import org.lingong.search.jobs.JobDocument.WageUnit;
import org.lingong.search.jobs.JobsIndex;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class JobEventsTests extends SearchServiceTests {

    @Autowired
    ElasticsearchClient client;

    @Autowired
    JobsIndex jobsIndex;

    String tenant;

    @BeforeEach
    void freshTenant() {
        tenant = "e" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    @Test
    void indexesAnOpenJobRoutedByItsTenantWithEveryField() throws IOException {
        TestJob job = TestJob.open().title("夜班保安", "园区巡逻").category("security")
                .wage(2_500, WageUnit.HOUR, 20_000L).at(33.95, 118.29).priorityGroups("disabled");

        JsonNode reply = apply(job.event(1)).json();

        assertThat(reply.path("applied").asInt()).isEqualTo(1);
        assertThat(reply.path("ignored").asInt()).isZero();
        IndexedJob stored = stored(job);
        assertThat(stored).isNotNull();
        assertThat(stored.tenant()).isEqualTo(tenant);
        assertThat(stored.title()).isEqualTo("夜班保安");
        assertThat(stored.wageUnit()).isEqualTo(WageUnit.HOUR);
        assertThat(stored.wagePerDayFen()).isEqualTo(20_000L);
        assertThat(stored.location()).isEqualTo(new IndexedJob.GeoPoint(33.95, 118.29));
        assertThat(stored.priorityGroups()).containsExactly("disabled");
        assertThat(stored.startsAt()).isEqualTo(job.build().startsAt());
        assertThat(stored.reindexRun()).isNull();
        assertThat(client.get(g -> g.index(jobsIndex.alias()).id(IndexedJob.idOf(tenant, job.jobId()))
                .routing(tenant), IndexedJob.class).version()).isEqualTo(1);
    }

    @Test
    void replayedAndOlderEventsAreIgnoredNewerOnesApplied() throws IOException {
        TestJob job = TestJob.open().slotsOpen(3);
        apply(job.event(1));

        JsonNode newer = apply(job.version(2).slotsOpen(2).event(2), job.version(3).slotsOpen(1).event(3)).json();
        JsonNode replayed = apply(job.version(2).slotsOpen(2).event(2), job.version(3).slotsOpen(1).event(3)).json();
        JsonNode older = apply(job.version(1).slotsOpen(3).event(1)).json();

        assertThat(newer.path("applied").asInt()).isEqualTo(2);
        assertThat(replayed.path("applied").asInt()).isZero();
        assertThat(replayed.path("ignored").asInt()).isEqualTo(2);
        assertThat(older.path("ignored").asInt()).isEqualTo(1);
        assertThat(stored(job).slotsOpen()).isEqualTo(1);
        assertThat(stored(job).version()).isEqualTo(3);
    }

    @Test
    void filledJobsStayClosedOnesAreDeletedAndALateOlderEventCannotBringThemBack() throws IOException {
        TestJob job = TestJob.open();
        apply(job.event(1));

        apply(job.version(2).status(JobStatus.FILLED).slotsOpen(0).event(2));
        assertThat(stored(job).status()).isEqualTo(JobStatus.FILLED);

        JsonNode closed = apply(job.version(3).status(JobStatus.CLOSED).event(3)).json();
        assertThat(closed.path("applied").asInt()).isEqualTo(1);
        assertThat(stored(job)).isNull();

        JsonNode late = apply(job.version(2).status(JobStatus.OPEN).slotsOpen(1).event(2)).json();
        assertThat(late.path("ignored").asInt()).isEqualTo(1);
        assertThat(stored(job)).isNull();
    }

    @Test
    void draftsAndOtherUnlistedJobsAreNeverIndexed() throws IOException {
        List<Map<String, Object>> events = new ArrayList<>();
        List<TestJob> jobs = new ArrayList<>();
        long eventId = 1;
        for (JobStatus status : List.of(JobStatus.DRAFT, JobStatus.EXPIRED, JobStatus.TAKEN_DOWN, JobStatus.HELD)) {
            TestJob job = TestJob.open().status(status);
            jobs.add(job);
            events.add(job.event(eventId++));
        }

        JsonNode reply = api.post(path(tenant), Tokens.service(), Map.of("events", events)).json();

        assertThat(reply.path("applied").asInt()).isEqualTo(jobs.size());
        for (TestJob job : jobs) {
            assertThat(stored(job)).isNull();
        }
    }

    @Test
    void rejectsMoreThan500EventsAndWritesNone() throws IOException {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            events.add(TestJob.open().event(i));
        }

        JsonNode problem = assertProblem(api.post(path(tenant), Tokens.service(), Map.of("events", events)), 400,
                "invalid-request", "请求内容有误");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("events");
    }

    @Test
    void rejectsAnEventWhoseDocumentIsAnotherVersion() throws IOException {
        TestJob job = TestJob.open();
        Map<String, Object> event = Map.of("eventId", 7, "type", "JobPosted", "jobId", job.jobId(), "version", 2,
                "job", job.build());

        JsonNode problem = assertProblem(api.post(path(tenant), Tokens.service(), Map.of("events", List.of(event)),
                "Accept-Language", "en"), 400, "inconsistent-job-event", "Job event inconsistent with its document");

        assertThat(problem.path("detail").asString()).contains("Event 7 ");
        assertThat(stored(job)).isNull();
    }

    @Test
    void refusesUsersAndBadTenantCodes() {
        Map<String, Object> body = Map.of("events", List.of(TestJob.open().event(1)));

        assertProblem(api.post(path(tenant), Tokens.worker(), body), 403, "forbidden", "无权执行此操作");
        assertProblem(api.post(path("Bad"), Tokens.service(), body), 400, "invalid-tenant", "城市（租户）代码无效");
    }

    @SafeVarargs
    private Reply apply(Map<String, Object>... events) {
        Reply reply = api.post(path(tenant), Tokens.service(), Map.of("events", List.of(events)));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply;
    }

    private static String path(String tenant) {
        return "/internal/v1/tenants/" + tenant + "/job-events";
    }

    private @Nullable IndexedJob stored(TestJob job) throws IOException {
        GetResponse<IndexedJob> got = client.get(g -> g.index(jobsIndex.alias())
                .id(IndexedJob.idOf(tenant, job.jobId())).routing(tenant), IndexedJob.class);
        return got.found() ? got.source() : null;
    }
}
