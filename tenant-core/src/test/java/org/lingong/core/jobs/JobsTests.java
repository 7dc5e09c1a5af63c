package org.lingong.core.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.DemoNetwork;
import org.lingong.core.OneCityTests;
import org.lingong.core.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

public class JobsTests extends OneCityTests {


    @Autowired
    JdbcClient jdbc;
    @Autowired
    JobExpiry expiry;

    private Map<String, String> in() {
        return Map.of("X-Lingong-Tenant", city);
    }

    /** A realistic Suqian gig: two days of harvest work at the Sucheng market, from a labour agency. */
    public static ObjectNode posting() {
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        ObjectNode job = Api.JSON.createObjectNode();
        job.put("title", "葡萄园采摘工").put("category", "agriculture").put("description", "宿城区葡萄采摘，管午饭")
                .put("slots", 10).put("address", "宿迁市宿城区洋河南路").put("startsAt", start.toString())
                .put("endsAt", start.plus(2, ChronoUnit.DAYS).toString()).put("term", "SHORT")
                .put("contactPolicy", "PLATFORM_ONLY");
        job.putObject("wage").put("amountFen", 18_000).put("unit", "DAY");
        job.putObject("location").put("latitude", 33.9631).put("longitude", 118.2752);
        job.putObject("source").put("channel", "THIRD_PARTY").put("name", "宿迁人力资源服务公司");
        job.putArray("priorityGroups").add("OLDER");
        return job;
    }

    private JsonNode post(ObjectNode job) {
        Api.Response response = api().call("POST", "/api/v1/jobs", admin, in(), job);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response.body();
    }

    private int outboxEvents(String jobId) {
        return jdbc.sql("select count(*) from t_" + city + ".outbox_event where aggregate_id = ?::uuid")
                .param(jobId).query(Integer.class).single();
    }

    @Test
    void aJobIsPostedInOneCallAndAnnouncedToSearchInTheSameTransaction() {
        Api.Response response = api().call("POST", "/api/v1/jobs", admin, in(), posting());
        assertThat(response.status()).isEqualTo(201);
        JsonNode job = response.body();
        String id = job.get("id").asString();
        assertThat(response.header("Location")).isEqualTo("/api/v1/jobs/" + id);
        assertThat(job.get("status").asString()).isEqualTo("OPEN");
        assertThat(job.at("/wage/amountFen").asLong()).isEqualTo(18_000);
        assertThat(Instant.parse(job.get("validUntil").asString())).isEqualTo(Instant.parse(job.get("endsAt").asString()));
        assertThat(outboxEvents(id)).isEqualTo(1);
        assertThat(jdbc.sql("select type from t_" + city + ".outbox_event where aggregate_id = ?::uuid").param(id)
                .query(String.class).single()).isEqualTo("JobPosted");
        // Open jobs are public.
        assertThat(api().get("/api/v1/jobs/" + id, null, in()).body().get("title").asString()).isEqualTo("葡萄园采摘工");
    }

    @Test
    void anUnknownCategoryIsRefusedWithTheValidChoices() {
        Api.Response response = api().call("POST", "/api/v1/jobs", admin,
                Map.of("X-Lingong-Tenant", city, "Accept-Language", "en"), posting().put("category", "astronaut"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("type").asString()).endsWith("/unknown-category");
        assertThat(response.body().get("detail").asString()).contains("astronaut", "agriculture", "elderly_care");
        assertThat(response.body().at("/titles/zh").asString()).isEqualTo("工种不存在");
    }

    @Test
    void badInputIsAFieldProblemAndWritesNothing() {
        long before = jdbc.sql("select count(*) from t_" + city + ".job").query(Long.class).single();
        ObjectNode bad = posting().put("slots", 0).put("endsAt", "2020-01-01T00:00:00Z");
        bad.putObject("wage").put("amountFen", -5).put("unit", "HOUR");
        bad.putObject("location").put("latitude", 48.85).put("longitude", 2.35);
        bad.putObject("source").put("channel", "GOVERNMENT");
        Api.Response response = api().call("POST", "/api/v1/jobs", admin,
                Map.of("X-Lingong-Tenant", city, "Accept-Language", "zh-CN"), bad);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("slots", "wage.amountFen", "location.longitude", "source.named", "endAfterStart");
        assertThat(response.body().get("errors").valueStream().map(e -> e.get("message").asString()))
                .contains("请注明来源部门、机构或平台名称", "结束时间须晚于开始时间");

        ObjectNode absurd = posting();
        absurd.putObject("wage").put("amountFen", 1_000_000_00L).put("unit", "HOUR");
        assertThat(api().call("POST", "/api/v1/jobs", admin, in(), absurd).status()).isEqualTo(400);
        assertThat(api().call("POST", "/api/v1/jobs", admin, in(), "{\"title\":").status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from t_" + city + ".job").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aJobAtAMarketNeedsAnOpenMarketOfTheCity() {
        DemoNetwork.load(api(), city, admin);
        long marketId = api().get("/api/v1/network/carriers?kind=MARKET&status=OPEN&size=1", admin, in()).body()
                .at("/items/0/id").asLong();

        assertThat(post(posting().put("marketId", marketId)).get("marketId").asLong()).isEqualTo(marketId);
        Api.Response nowhere = api().call("POST", "/api/v1/jobs", admin, in(), posting().put("marketId", 987654321));
        assertThat(nowhere.status()).isEqualTo(400);
        assertThat(nowhere.body().get("type").asString()).endsWith("/unknown-market");
    }

    @Test
    void aFeedCannotPostTheSameJobTwice() {
        ObjectNode fromFeed = posting();
        fromFeed.putObject("source").put("channel", "EXTERNAL_FEED").put("name", "就在江苏").put("externalRef", "JS-2026-0001");
        post(fromFeed);
        Api.Response again = api().call("POST", "/api/v1/jobs", admin, in(), fromFeed);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("type").asString()).endsWith("/duplicate-job");
    }

    @Test
    void theSameFeedJobPostedConcurrentlyIsCreatedOnceAndTheOthersGetAConflict() throws Exception {
        ObjectNode fromFeed = posting();
        fromFeed.putObject("source").put("channel", "EXTERNAL_FEED").put("name", "苏心聘").put("externalRef", "RACE-1");
        List<Callable<Integer>> posts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            posts.add(() -> api().call("POST", "/api/v1/jobs", admin, in(), fromFeed).status());
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Integer> status : pool.invokeAll(posts)) {
                statuses.add(status.get());
            }
        }
        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(jdbc.sql("select count(*) from t_" + city + ".job where external_ref = 'RACE-1'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aJobMovesThroughItsLifeAndEveryMoveIsAnnounced() {
        String id = post(posting().put("draft", true)).get("id").asString();
        assertThat(api().get("/api/v1/jobs/" + id, null, in()).status()).as("drafts are not public").isEqualTo(404);
        assertThat(api().call("POST", "/api/v1/jobs/" + id + "/publish", admin, in(), null).body().get("status")
                .asString()).isEqualTo("OPEN");
        Api.Response noReason = api().call("POST", "/api/v1/jobs/" + id + "/take-down", admin, in(), "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().get("type").asString()).endsWith("/job-reason-required");
        JsonNode takenDown = api().call("POST", "/api/v1/jobs/" + id + "/take-down", admin, in(),
                "{\"reason\":\"招聘信息含年龄歧视\"}").body();
        assertThat(takenDown.get("status").asString()).isEqualTo("TAKEN_DOWN");
        assertThat(takenDown.get("statusReason").asString()).isEqualTo("招聘信息含年龄歧视");
        Api.Response reopen = api().call("POST", "/api/v1/jobs/" + id + "/publish", admin, in(), null);
        assertThat(reopen.status()).isEqualTo(409);
        assertThat(outboxEvents(id)).isEqualTo(3);
        assertThat(api().get("/api/v1/audit-events", admin, in()).body().get("items").valueStream()
                .map(e -> e.get("action").asString())).contains("job.posted", "job.publish", "job.take_down");
    }

    @Test
    void openJobsPastTheirValidityExpireAndLeaveSearch() throws Exception {
        ObjectNode shortLived = posting().put("validUntil", Instant.now().plusSeconds(1).toString());
        String id = post(shortLived).get("id").asString();
        Thread.sleep(1_200);
        expiry.expireEverywhere();
        assertThat(jdbc.sql("select status from t_" + city + ".job where id = ?::uuid").param(id)
                .query(String.class).single()).isEqualTo("EXPIRED");
        assertThat(jdbc.sql("select count(*) from t_" + city + ".outbox_event where aggregate_id = ?::uuid "
                + "and type = 'JobStatusChanged'").param(id).query(Integer.class).single()).isEqualTo(1);
        assertThat(api().get("/api/v1/jobs/" + id, null, in()).status()).isEqualTo(404);
    }

    @Test
    void theThirdPartyShareIsComputedFromTheJobs() {
        String other = TestTenants.uniqueCode();
        String otherAdmin = TestTenants.onboard(api(), other, "32", "321300");
        Map<String, String> there = Map.of("X-Lingong-Tenant", other);
        ObjectNode government = posting();
        government.putObject("source").put("channel", "GOVERNMENT").put("name", "宿迁市人社局");
        for (ObjectNode job : new ObjectNode[] {posting(), posting(), government}) {
            assertThat(api().call("POST", "/api/v1/jobs", otherAdmin, there, job).status()).isEqualTo(201);
        }
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        JsonNode share = api().get("/api/v1/jobs/sources?from=" + today + "&to=" + today, otherAdmin, there).body();
        assertThat(share.get("total").asLong()).isEqualTo(3);
        assertThat(share.at("/jobs/THIRD_PARTY").asLong()).isEqualTo(2);
        assertThat(share.get("thirdPartyShare").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(share.get("met").asBoolean()).isTrue();
        assertThat(api().get("/api/v1/jobs/sources?from=" + today + "&to=2020-01-01", otherAdmin, there).status())
                .isEqualTo(400);
    }

    @Test
    void citiesAddTheirOwnCategoriesAndOnlyStaffPost() {
        Api.Response added = api().call("POST", "/api/v1/job-categories", admin, in(),
                "{\"code\":\"tea_picking\",\"nameZh\":\"采茶\",\"nameEn\":\"Tea picking\"}");
        assertThat(added.status()).isEqualTo(201);
        assertThat(api().get("/api/v1/job-categories", null, in()).body().valueStream()
                .map(c -> c.get("code").asString())).contains("tea_picking", "domestic", "beauty");
        assertThat(api().call("POST", "/api/v1/jobs", admin, in(), posting().put("category", "tea_picking")).status())
                .isEqualTo(201);
        assertThat(api().call("POST", "/api/v1/jobs", Api.userToken("worker-zhang", "demo"), in(), posting()).status())
                .isEqualTo(403);
        assertThat(api().call("POST", "/api/v1/jobs", null, in(), posting()).status()).isEqualTo(401);
        assertThat(api().get("/api/v1/jobs/sources?from=2026-01-01&to=2026-12-31", null, in()).status()).isEqualTo(401);
    }
}
