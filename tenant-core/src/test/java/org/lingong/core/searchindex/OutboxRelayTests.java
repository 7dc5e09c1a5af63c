package org.lingong.core.searchindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.Api;
import org.lingong.core.TenantCoreTests;
import org.lingong.core.TestTenants;
import org.lingong.core.jobs.JobsTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The relay against a search stand-in that fails or stalls on demand: order, completeness, retries per city and the
 * batch lock. What search does with the events (versions, Elasticsearch) is proven end to end in the e2e module.
 */
class OutboxRelayTests extends TenantCoreTests {

    private static String city;
    private static String admin;
    private static String otherCity;
    private static String otherAdmin;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    OutboxRelay relay;

    @BeforeEach
    void cities() {
        if (city == null) {
            city = TestTenants.uniqueCode();
            admin = TestTenants.onboard(api(), city, "32", "321300");
            otherCity = TestTenants.uniqueCode();
            otherAdmin = TestTenants.onboard(api(), otherCity, "32", "321300");
        }
    }

    private String post(String tenant, String token, ObjectNode job) {
        Api.Response response = api().call("POST", "/api/v1/jobs", token, Map.of("X-Lingong-Tenant", tenant), job);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response.body().get("id").asString();
    }

    private long unpublished(String tenant) {
        return jdbc.sql("select count(*) from t_" + tenant + ".outbox_event where published_at is null")
                .query(Long.class).single();
    }

    private List<Long> outboxIds(String tenant, List<String> jobs) {
        return jdbc.sql("select id from t_" + tenant + ".outbox_event where aggregate_id::text in (:jobs) order by id")
                .param("jobs", jobs).query(Long.class).list();
    }

    private static int batches(String tenant) {
        return search.jobEventBatches.getOrDefault(tenant, List.of()).size();
    }

    /** The events search was sent for this city after its first {@code skip} batches, in arrival order. */
    private static List<JsonNode> sentEvents(String tenant, int skip) {
        return search.jobEventBatches.getOrDefault(tenant, List.of()).stream().skip(skip)
                .flatMap(batch -> batch.get("events").valueStream()).toList();
    }

    private static List<Long> sentIds(String tenant, int skip) {
        return sentEvents(tenant, skip).stream().map(e -> e.get("eventId").asLong()).toList();
    }

    private static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within 20 s: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void everyChangeReachesSearchOnceInOutboxOrderAsAJobDocument() {
        await("nothing left over from other tests", () -> unpublished(city) == 0);
        int before = batches(city);
        ObjectNode hourly = JobsTests.posting().put("title", "仓库理货员");
        hourly.putObject("wage").put("amountFen", 2_500).put("unit", "HOUR");
        String first = post(city, admin, hourly);
        ObjectNode monthly = JobsTests.posting().put("title", "小区保安");
        monthly.putObject("wage").put("amountFen", 400_000).put("unit", "MONTH");
        String second = post(city, admin, monthly);
        ObjectNode piece = JobsTests.posting().put("title", "快递分拣（计件）");
        piece.putObject("wage").put("amountFen", 50).put("unit", "PIECE");
        post(city, admin, piece);
        api().call("POST", "/api/v1/jobs/" + first + "/close", admin, Map.of("X-Lingong-Tenant", city), null);

        await("all four events published", () -> unpublished(city) == 0 && sentIds(city, before).size() >= 4);
        List<JsonNode> events = sentEvents(city, before);
        List<String> jobs = events.stream().map(e -> e.get("jobId").asString()).distinct().toList();
        assertThat(jobs).hasSize(3);
        assertThat(sentIds(city, before)).as("each event once, in outbox order")
                .containsExactlyElementsOf(outboxIds(city, jobs));

        JsonNode posted = events.getFirst();
        assertThat(posted.get("type").asString()).isEqualTo("JobPosted");
        assertThat(posted.get("jobId").asString()).isEqualTo(first);
        JsonNode document = posted.get("job");
        assertThat(document.get("jobId").asString()).isEqualTo(first);
        assertThat(document.get("wagePerDayFen").asLong()).as("hour x 8").isEqualTo(20_000);
        assertThat(document.get("slotsOpen").asInt()).isEqualTo(10);
        assertThat(document.at("/location/latitude").asDouble()).isEqualTo(33.9631);
        assertThat(document.get("sourceChannel").asString()).isEqualTo("THIRD_PARTY");
        assertThat(document.get("priorityGroups").get(0).asString()).isEqualTo("OLDER");
        assertThat(document.get("status").asString()).isEqualTo("OPEN");
        assertThat(Instant.parse(document.get("validUntil").asString())).isAfter(Instant.now());

        assertThat(events.get(1).at("/job/jobId").asString()).isEqualTo(second);
        assertThat(events.get(1).at("/job/wagePerDayFen").asLong()).as("month / 21.75, half up").isEqualTo(18_391);
        assertThat(events.get(2).at("/job/wagePerDayFen").isNull()).as("piece rates are not comparable").isTrue();

        JsonNode closed = events.get(3);
        assertThat(closed.get("type").asString()).isEqualTo("JobStatusChanged");
        assertThat(closed.get("jobId").asString()).isEqualTo(first);
        assertThat(closed.get("version").asLong()).isGreaterThan(posted.get("version").asLong());
        assertThat(closed.at("/job/status").asString()).isEqualTo("CLOSED");
    }

    @Test
    void whileSearchIsDownACityRetriesTheSameBatchWithoutHoldingUpOtherCities() {
        search.unavailableFor.add(city);
        try {
            int before = batches(city);
            int otherBefore = batches(otherCity);
            String job = post(city, admin, JobsTests.posting().put("title", "搬家工"));
            await("retried at least twice", () -> batches(city) - before >= 2);
            assertThat(unpublished(city)).as("nothing is marked published while search refuses").isEqualTo(1);

            String elsewhere = post(otherCity, otherAdmin, JobsTests.posting().put("title", "保洁员"));
            await("the other city is delivered meanwhile", () -> unpublished(otherCity) == 0
                    && sentEvents(otherCity, otherBefore).stream().anyMatch(e -> e.get("jobId").asString().equals(elsewhere)));

            List<JsonNode> attempts = search.jobEventBatches.get(city).stream().skip(before).toList();
            assertThat(attempts).allSatisfy(batch ->
                    assertThat(batch.get("events").valueStream().map(e -> e.get("jobId").asString())).containsExactly(job));
            assertThat(attempts.stream().map(batch -> batch.at("/events/0/eventId").asLong()).distinct())
                    .as("the very same event, so search can ignore a repeat").hasSize(1);
        } finally {
            search.unavailableFor.remove(city);
        }
        await("delivered once search answers again", () -> unpublished(city) == 0);
    }

    @Test
    void aBatchBeingSentIsLockedSoAnotherReplicaSkipsItInsteadOfSendingItTwice() throws Exception {
        await("nothing left over from other tests", () -> unpublished(city) == 0);
        int before = batches(city);
        CountDownLatch release = new CountDownLatch(1);
        search.stalledFor.put(city, release);
        try {
            post(city, admin, JobsTests.posting().put("title", "门店促销员"));
            await("the relay is sending", () -> batches(city) > before);

            // What a second replica does at this moment: its query skips the locked rows and finds nothing to send.
            int secondReplica = relay.deliverBatch(new TenantCode(city));
            assertThat(secondReplica).isZero();
            assertThat(unpublished(city)).isEqualTo(1);
        } finally {
            search.stalledFor.remove(city);
            release.countDown();
        }
        await("the first replica's batch is published", () -> unpublished(city) == 0);
        assertThat(sentIds(city, before)).hasSize(1);
    }

    @Test
    void aReindexStreamsEveryOpenAndFilledJobAndFinishesTheRun() {
        String open = post(otherCity, otherAdmin, JobsTests.posting().put("title", "超市理货员"));
        String closed = post(otherCity, otherAdmin, JobsTests.posting().put("title", "临时搬运工"));
        api().call("POST", "/api/v1/jobs/" + closed + "/close", otherAdmin, Map.of("X-Lingong-Tenant", otherCity), null);
        String draft = post(otherCity, otherAdmin, JobsTests.posting().put("title", "草稿岗位").put("draft", true));

        Api.Response refused = api().call("POST", "/api/v1/platform/tenants/" + otherCity + "/search-reindex",
                otherAdmin, Map.of(), null);
        assertThat(refused.status()).as("platform administrators only").isEqualTo(403);

        Api.Response response = api().call("POST", "/api/v1/platform/tenants/" + otherCity + "/search-reindex",
                Api.userToken("platform-admin", "demo"), Map.of(), null);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        String runId = response.body().get("runId").asString();
        long openOrFilled = jdbc.sql("select count(*) from t_" + otherCity + ".job where status in ('OPEN', 'FILLED')")
                .query(Long.class).single();
        assertThat(response.body().get("sent").asLong()).isEqualTo(openOrFilled);
        assertThat(search.finishedRuns).contains(runId);
        List<String> documents = search.reindexDocuments.get(runId).stream().map(d -> d.get("jobId").asString()).toList();
        assertThat(documents).contains(open).doesNotContain(closed, draft).hasSize((int) openOrFilled);

        Api.Response unknown = api().call("POST", "/api/v1/platform/tenants/nosuchcity/search-reindex",
                Api.userToken("platform-admin", "demo"), Map.of("Accept-Language", "en"), null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("type").asString()).endsWith("/unknown-tenant");
    }
}
