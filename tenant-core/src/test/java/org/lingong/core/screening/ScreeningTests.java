package org.lingong.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.TestTenants;
import org.lingong.core.jobs.JobsTests;
import org.lingong.core.orders.OrderWorld;
import org.lingong.core.orders.OrderWorldTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Screening on the way to publishing: a blocked posting is refused with its reasons, a held one waits unseen for a
 * reviewer who approves or rejects it, a warned one is published with its warnings; the city tunes its rules; the
 * hard clean cases pass; another city sees and moves nothing of this city's.
 */
class ScreeningTests extends OrderWorldTests {

    @Autowired
    JdbcClient jdbc;

    private static ObjectNode posting(String title, String description) {
        return JobsTests.posting().put("title", title).put("description", description);
    }

    private Api.Response post(String token, ObjectNode posting) {
        return world.api.call("POST", "/api/v1/jobs", token, world.in(), posting);
    }

    private long jobsTitled(String title) {
        return jdbc.sql("select count(*) from t_" + world.city + ".job where title = ?").param(title)
                .query(Long.class).single();
    }

    @Test
    void aBlockedPostingIsRefusedWithItsReasonsAndNothingStored() {
        Api.Response refused = post(world.admin, posting("搬运工（屏蔽测试）", "限男性，能扛重物，日结200元。"));
        refused.expectProblem(422, "posting-blocked");
        JsonNode reason = refused.body().get("reasons").get(0);
        assertThat(reason.get("rule").asString()).isEqualTo("gender-limit");
        assertThat(reason.get("category").asString()).isEqualTo("GENDER");
        assertThat(reason.get("words").asString()).isEqualTo("限男性");
        assertThat(reason.get("action").asString()).isEqualTo("BLOCK");
        assertThat(reason.get("groundsZh").asString()).contains("《就业促进法》第二十七条");
        assertThat(refused.body().get("detail").asString()).contains("限男性");
        assertThat(jobsTitled("搬运工（屏蔽测试）")).isZero();

        Api.Response english = world.api.call("POST", "/api/v1/jobs", world.admin, world.in("en"),
                posting("搬运工（屏蔽测试）", "交押金300元，做满三个月退还。"));
        english.expectProblem(422, "posting-blocked");
        assertThat(english.body().get("title").asString())
                .isEqualTo("The posting contains content the law forbids (交押金、押金300) and cannot be published");
        assertThat(english.body().get("reasons").get(0).get("category").asString()).isEqualTo("FEES");
    }

    @Test
    void theHardCleanCasesArePublishedWithoutRemarks() {
        JsonNode job = post(world.admin, posting("男装导购", "商场男装专柜导购，男女不限，年满18周岁，持健康证。"))
                .expect(201).body();
        assertThat(job.get("status").asString()).isEqualTo("OPEN");
        assertThat(job.has("screening")).isFalse();
    }

    @Test
    void aHeldPostingWaitsUnseenUntilAReviewerApprovesOrRejectsIt() {
        String staff = world.staff();
        JsonNode held = post(world.admin, posting("仓库分拣员（待审）", "夜班分拣，35岁以下，能吃苦。")).expect(201).body();
        String jobId = held.get("id").asString();
        assertThat(held.get("status").asString()).isEqualTo("HELD");
        assertThat(held.get("screening").get(0).get("words").asString()).isEqualTo("35岁以下");
        assertThat(held.get("screening").get(0).get("action").asString()).isEqualTo("HOLD");

        // Nobody outside sees or grabs it.
        OrderWorld.Person worker = world.worker();
        assertThat(world.api.get("/api/v1/jobs/" + jobId, worker.token(), world.in()).status()).isEqualTo(404);
        assertThat(world.grab(worker, jobId).status()).isGreaterThanOrEqualTo(400);

        JsonNode queue = world.api.get("/api/v1/screening/reviews", staff, world.in()).expect(200).body();
        JsonNode waiting = null;
        for (JsonNode entry : queue) {
            if (entry.get("jobId").asString().equals(jobId)) {
                waiting = entry;
            }
        }
        assertThat(waiting).isNotNull();
        assertThat(waiting.get("hits").get(0).get("rule").asString()).isEqualTo("age-limit");

        JsonNode approved = world.api.call("POST", "/api/v1/screening/reviews/" + jobId + "/approve", staff,
                world.in(), null).expect(200).body();
        assertThat(approved.get("status").asString()).isEqualTo("OPEN");
        world.api.call("POST", "/api/v1/screening/reviews/" + jobId + "/approve", staff, world.in(), null)
                .expectProblem(404, "review-not-found");

        String second = post(world.admin, posting("保洁员（待审）", "写字楼保洁，年龄不超过50岁。")).expect(201).body()
                .get("id").asString();
        world.api.call("POST", "/api/v1/screening/reviews/" + second + "/reject", staff, world.in(),
                Map.of("reason", " ")).expectProblem(400, "invalid-request");
        JsonNode rejected = world.api.call("POST", "/api/v1/screening/reviews/" + second + "/reject", staff,
                world.in(), Map.of("reason", "年龄限制属于就业歧视，请删除后重新发布")).expect(200).body();
        assertThat(rejected.get("status").asString()).isEqualTo("TAKEN_DOWN");
        assertThat(rejected.get("statusReason").asString()).contains("就业歧视");
        // Taken down from the job list instead: it leaves the queue.
        String third = post(world.admin, posting("保洁员（下架）", "年龄45周岁以下。")).expect(201).body()
                .get("id").asString();
        world.api.call("POST", "/api/v1/jobs/" + third + "/take-down", world.admin, world.in(),
                Map.of("reason", "重复发布")).expect(200);
        assertThat(world.api.get("/api/v1/screening/reviews", staff, world.in()).expect(200).body().toString())
                .doesNotContain(third);
        // A worker may not work the queue.
        assertThat(world.api.get("/api/v1/screening/reviews", worker.token(), world.in()).status()).isEqualTo(403);
    }

    @Test
    void theCityTunesItsRulesAndAWarnedPostingIsPublishedWithItsWarnings() {
        ObjectNode rule = Api.JSON.createObjectNode().put("code", "night-shift-notice").put("category", "HEALTH")
                .put("pattern", "通宵").put("action", "WARN")
                .put("groundsZh", "《劳动法》第三十六条（工作时间）").put("groundsEn", "Labour Law art. 36 (working hours)");
        world.api.call("POST", "/api/v1/screening/rules", world.staff(), world.in(), rule).expect(403);
        world.api.call("POST", "/api/v1/screening/rules", world.admin, world.in(), rule).expect(201);
        world.api.call("POST", "/api/v1/screening/rules", world.admin, world.in(), rule)
                .expectProblem(409, "screening-rule-exists");
        world.api.call("POST", "/api/v1/screening/rules", world.admin, world.in(),
                rule.deepCopy().put("code", "broken").put("pattern", "~ 夜班")).expectProblem(400, "screening-rule-invalid");

        JsonNode warned = post(world.admin, posting("仓库理货（提醒）", "夜班理货，需要通宵。")).expect(201).body();
        assertThat(warned.get("status").asString()).isEqualTo("OPEN");
        assertThat(warned.get("screening").get(0).get("rule").asString()).isEqualTo("night-shift-notice");
        assertThat(warned.get("screening").get(0).get("action").asString()).isEqualTo("WARN");

        world.api.call("PUT", "/api/v1/screening/rules/night-shift-notice", world.admin, world.in(),
                rule.deepCopy().put("enabled", false)).expect(200);
        assertThat(post(world.admin, posting("仓库理货（停用后）", "夜班理货，需要通宵。")).expect(201).body()
                .has("screening")).isFalse();
        world.api.call("PUT", "/api/v1/screening/rules/no-such-rule", world.admin, world.in(), rule)
                .expectProblem(404, "screening-rule-not-found");

        JsonNode rules = world.api.get("/api/v1/screening/rules", world.staff(), world.in()).expect(200).body();
        java.util.List<String> codes = new java.util.ArrayList<>();
        rules.forEach(each -> codes.add(each.get("code").asString()));
        assertThat(codes).contains("gender-limit", "fees", "night-shift-notice");
    }

    @Test
    void anotherCityNeitherSeesNorMovesThisCitysQueueOrRules() {
        String jobId = post(world.admin, posting("装卸工（隔离）", "年龄18-35岁，按吨计费。")).expect(201).body()
                .get("id").asString();
        String other = TestTenants.uniqueCode();
        String otherAdmin = TestTenants.onboard(world.api, other, "32", "321300");
        Map<String, String> inOther = Map.of("X-Lingong-Tenant", other);

        assertThat(world.api.get("/api/v1/screening/reviews", otherAdmin, inOther).expect(200).body()
                .toString()).doesNotContain(jobId);
        world.api.call("POST", "/api/v1/screening/reviews/" + jobId + "/approve", otherAdmin, inOther, null)
                .expectProblem(404, "review-not-found");
        // Naming this city does not help the other city's admin.
        assertThat(world.api.get("/api/v1/screening/reviews", otherAdmin, world.in()).status()).isEqualTo(403);
        assertThat(world.api.call("PUT", "/api/v1/screening/rules/fees", otherAdmin, world.in(),
                Map.of()).status()).isEqualTo(403);
        assertThat(jdbc.sql("select status from t_" + world.city + ".job where id = ?::uuid").param(jobId)
                .query(String.class).single()).isEqualTo("HELD");
    }
}
