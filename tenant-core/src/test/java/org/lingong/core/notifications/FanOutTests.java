package org.lingong.core.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.Api;
import org.lingong.core.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Who is told about a job that opens, and that nobody is told twice, however often the fan-out runs. */
class FanOutTests extends PushTests {

    @Autowired
    JobFanOut jobFanOut;

    private static String city;
    private static String near;
    private static String anyCategory;
    private static String biker;
    private static List<String> nobody;

    @BeforeEach
    void workersAroundTheJobs() {
        if (city != null) {
            return;
        }
        city = city("32", "321300");
        near = verifiedWorker(city, "near", "agriculture", "logistics");
        placeNorthOfJobs(city, near, 300);
        anyCategory = verifiedWorker(city, "any");
        placeNorthOfJobs(city, anyCategory, 1_000);
        biker = verifiedWorker(city, "biker");
        placeNorthOfJobs(city, biker, 2_500);
        assertThat(api().call("PUT", "/api/v1/workers/me/notification-settings", biker, in(city),
                Map.of("minutes", 15, "mode", "BIKE")).status()).isEqualTo(200);

        String walkerTooFar = verifiedWorker(city, "far");
        placeNorthOfJobs(city, walkerTooFar, 1_500);
        String muted = verifiedWorker(city, "muted");
        placeNorthOfJobs(city, muted, 200);
        assertThat(api().call("PUT", "/api/v1/workers/me/notification-settings", muted, in(city),
                Map.of("mutedCategories", List.of("agriculture"))).status()).isEqualTo(200);
        String builder = verifiedWorker(city, "builder", "construction");
        placeNorthOfJobs(city, builder, 200);
        String unverified = worker(city, "unverified", false);
        placeNorthOfJobs(city, unverified, 200);
        String stale = verifiedWorker(city, "stale");
        placeNorthOfJobs(city, stale, 200);
        jdbc.sql("update t_" + city + ".worker_position set located_at = now() - interval '13 hours' where worker_id = "
                + "(select id from t_" + city + ".worker where account_id = ?)").param(Api.claims(stale).get("sub")
                .asString()).update();
        nobody = List.of(walkerTooFar, muted, builder, unverified, stale);
    }

    @Test
    void aJobIsAnnouncedOnceToEachWorkerWithinTheirCircleWhoWantsItsCategory() {
        String job = postJob(city, job()).get("id").asString();
        awaitFanOut(city);

        assertThat(stored(city, job)).isEqualTo(3);
        for (String worker : List.of(near, anyCategory, biker)) {
            assertThat(ofJob(inbox(city, worker), job)).hasSize(1);
        }
        for (String worker : nobody) {
            assertThat(ofJob(inbox(city, worker), job)).isEmpty();
        }

        // Replaying the whole outbox, twice, adds nothing.
        jdbc.sql("update t_" + city + ".notification_cursor set last_outbox_id = 0").update();
        runFanOut(city);
        runFanOut(city);
        assertThat(stored(city, job)).isEqualTo(3);
    }

    @Test
    void circlesFollowTheCitysOwnTravelSpeeds() {
        String brisk = city("32", "321300");
        String walker = verifiedWorker(brisk, "walker");
        placeNorthOfJobs(brisk, walker, 1_500);
        Map<String, Object> speeds = Map.of("WALK", 120, "BIKE", 200, "EBIKE", 300, "TRANSIT", 250);
        Api.Response changed = api().call("PUT", "/api/v1/tenant/search-settings", admin(brisk), in(brisk),
                Map.of("sharesJobsWithNeighbours", false, "travelSpeeds", speeds));
        assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);

        // 1,500 m is beyond a 15-minute walk at the default 75 m/min, within it at this city's 120 m/min.
        String job = postJob(brisk, job()).get("id").asString();
        awaitFanOut(brisk);
        assertThat(ofJob(inbox(brisk, walker), job)).hasSize(1);
    }

    @Test
    void anOpeningCommittedBehindTheCursorIsAnnouncedByTheRecheck() {
        String job = postJob(city, job()).get("id").asString();
        awaitFanOut(city);
        // As if the job's transaction had committed after a later one the fan-out had already read past.
        jdbc.sql("delete from t_" + city + ".notification where job_id = ?::uuid").param(job).update();
        runFanOut(city);
        TenantContext.run(new TenantCode(city), jobFanOut::recheckRecent);
        assertThat(stored(city, job)).isEqualTo(3);
    }

    @Test
    void theTextIsChineseFirstWithWageAndDistance() {
        String job = postJob(city, job()).get("id").asString();
        awaitFanOut(city);

        JsonNode zh = ofJob(inbox(city, near), job).getFirst();
        assertThat(zh.get("title").asString()).isEqualTo("附近新岗位：葡萄园采摘工");
        assertThat(zh.get("body").asString()).isEqualTo("180 元/天，距您约 300 米");
        assertThat(zh.get("distanceMetres").asInt()).isBetween(295, 305);
        JsonNode en = ofJob(api().get("/api/v1/workers/me/notifications", biker, in(city, "en")).body(), job)
                .getFirst();
        assertThat(en.get("title").asString()).isEqualTo("New job nearby: 葡萄园采摘工");
        assertThat(en.get("body").asString()).isEqualTo("¥180 per day, about 2.5 km from you");
    }

    @Test
    void aDraftIsAnnouncedWhenItIsPublishedNotBefore() {
        String job = postJob(city, job().put("draft", true)).get("id").asString();
        awaitFanOut(city);
        assertThat(stored(city, job)).isZero();

        assertThat(api().call("POST", "/api/v1/jobs/" + job + "/publish", admin(city), in(city), null).status())
                .isEqualTo(200);
        awaitFanOut(city);
        assertThat(ofJob(inbox(city, near), job)).hasSize(1);
    }

    @Test
    void aJobClosedBeforeItsFanOutRanIsNotAnnounced() {
        String job = postJob(city, job()).get("id").asString();
        awaitFanOut(city);
        assertThat(api().call("POST", "/api/v1/jobs/" + job + "/close", admin(city), in(city), null).status())
                .isEqualTo(200);
        jdbc.sql("delete from t_" + city + ".notification where job_id = ?::uuid").param(job).update();
        jdbc.sql("update t_" + city + ".notification_cursor set last_outbox_id = 0").update();
        runFanOut(city);
        assertThat(stored(city, job)).isZero();
    }

    @Test
    void theInboxCountsUnreadAndAWorkerReadsOnlyTheirOwn() {
        String job = postJob(city, job()).get("id").asString();
        awaitFanOut(city);
        JsonNode before = inbox(city, anyCategory);
        long id = ofJob(before, job).getFirst().get("id").asLong();
        assertThat(before.get("items").get(0).get("id").asLong()).as("newest first").isEqualTo(id);

        assertThat(api().call("POST", "/api/v1/workers/me/notifications/" + id + "/read", near, in(city), null)
                .status()).as("someone else's").isEqualTo(404);
        assertThat(api().call("POST", "/api/v1/workers/me/notifications/" + id + "/read", anyCategory, in(city), null)
                .status()).isEqualTo(204);
        JsonNode after = inbox(city, anyCategory);
        assertThat(after.get("unread").asLong()).isEqualTo(before.get("unread").asLong() - 1);
        assertThat(ofJob(after, job).getFirst().get("read").asBoolean()).isTrue();
    }

    @Test
    void settingsHaveDefaultsAndBadValuesAreRefusedInBothLanguages() {
        String fresh = verifiedWorker(city, "fresh");
        JsonNode defaults = api().get("/api/v1/workers/me/notification-settings", fresh, in(city)).body();
        assertThat(defaults.get("minutes").asInt()).isEqualTo(15);
        assertThat(defaults.get("mode").asString()).isEqualTo("WALK");
        assertThat(defaults.get("mutedCategories")).isEmpty();

        Api.Response tooLong = api().call("PUT", "/api/v1/workers/me/notification-settings", fresh, in(city),
                Map.of("minutes", 90, "mutedCategories", List.of("Not A Code")));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().get("titles").get("zh").asString()).isEqualTo("请求内容有误");
        assertThat(tooLong.body().get("errors").toString()).contains("通勤时间须在 1 到 60 分钟之间");
        Api.Response car = api().call("PUT", "/api/v1/workers/me/notification-settings", fresh, in(city),
                Map.of("mode", "CAR"));
        assertThat(car.status()).isEqualTo(400);
        Api.Response abroad = api().call("PUT", "/api/v1/workers/me/position", fresh, in(city, "en"),
                Map.of("latitude", 48.85, "longitude", 2.35));
        assertThat(abroad.status()).isEqualTo(400);
        assertThat(abroad.body().get("errors").toString()).contains("The position must be in China");
        assertThat(jdbc.sql("select count(*) from t_" + city + ".worker_position p join t_" + city
                + ".worker w on w.id = p.worker_id where w.account_id = ?").param(Api.claims(fresh).get("sub")
                .asString()).query(Integer.class).single()).isZero();

        assertThat(api().call("PUT", "/api/v1/workers/me/position", admin(city), in(city),
                Map.of("latitude", 33.96, "longitude", 118.27)).status()).as("not a worker").isEqualTo(403);
        assertThat(api().get("/api/v1/workers/me/notifications", admin(city), in(city)).status()).isEqualTo(403);
    }

    private static List<JsonNode> ofJob(JsonNode inbox, String job) {
        return inbox.get("items").valueStream().filter(n -> n.get("jobId").asString().equals(job)).toList();
    }
}
