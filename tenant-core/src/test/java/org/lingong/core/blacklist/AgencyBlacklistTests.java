package org.lingong.core.blacklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.TestTenants;
import org.lingong.core.jobs.JobsTests;
import org.lingong.core.orders.OrderWorld;
import org.lingong.core.orders.OrderWorldTests;
import org.lingong.core.people.checks.CreditCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The province's blacklist: a city proposes, the province lists, every city of the province reads it, a listed
 * agency registered as an employer cannot recruit; another province neither sees nor touches it. Each test lists
 * credit codes and phones of its own and takes what it listed off again, since the list outlives the test's city.
 */
class AgencyBlacklistTests extends OrderWorldTests {

    private static final String JIANGSU = "/api/v1/platform/provinces/32/agency-blacklist";

    @Autowired
    JdbcClient jdbc;

    private static String jiangsu() {
        return Api.userToken("jiangsu-admin", "demo");
    }

    private static String anhui() {
        return Api.userToken("anhui-admin", "demo");
    }

    static String randomCreditCode() {
        StringBuilder first17 = new StringBuilder("91320000");
        while (first17.length() < 17) {
            first17.append("0123456789ABCDEFGHJKLMNPQRTUWXY".charAt(ThreadLocalRandom.current().nextInt(31)));
        }
        return first17.toString() + CreditCode.checkCharacter(first17.toString());
    }

    static String randomPhone() {
        return "186" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static Map<String, Object> entry(String creditCode, String phone) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "宿迁市速达劳务信息咨询部");
        body.put("creditCode", creditCode);
        body.put("phone", phone);
        body.put("grounds", "未取得人力资源服务许可证从事职业中介，向求职者收取押金 300 元（投诉 #12 查实）");
        return body;
    }

    private Api.Response post(OrderWorld.Person employer) {
        ObjectNode posting = JobsTests.posting();
        posting.putArray("priorityGroups");
        posting.putObject("source").put("channel", "EMPLOYER");
        return world.api.call("POST", "/api/v1/jobs", employer.token(), world.in(), posting);
    }

    private int publish(OrderWorld.Person employer) {
        return post(employer).status();
    }

    private JsonNode remove(String id) {
        return world.api.call("POST", JIANGSU + "/" + id + "/remove", jiangsu(), Map.of(),
                Map.of("note", "测试结束移出")).expect(200).body();
    }

    private static List<String> ids(JsonNode list) {
        return list.valueStream().map(entry -> entry.get("id").asString()).toList();
    }

    @Test
    void aCitysProposalListedByTheProvinceStopsTheAgencyRecruiting() {
        String creditCode = randomCreditCode();
        OrderWorld.Person agency = world.employer(creditCode, randomPhone());
        String phone = randomPhone();
        Api.Response proposed = world.api.call("POST", "/api/v1/agency-blacklist", world.admin, world.in(),
                entry(creditCode, phone)).expect(201);
        String id = proposed.body().get("id").asString();
        assertThat(proposed.body().get("status").asString()).isEqualTo("PROPOSED");
        assertThat(proposed.body().get("proposedByCity").asString()).isEqualTo(world.city);
        assertThat(proposed.body().get("proposedByCityName").asString()).isNotBlank();
        assertThat(proposed.body().get("phoneMasked").asString())
                .isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(proposed.raw().body()).doesNotContain(phone);
        // Sealed at rest under a key id, never in clear.
        Map<String, Object> row = jdbc.sql("select phone_sealed, pii_key, contact_phone_index from platform.agency_listing"
                + " where id = ?::uuid").param(id).query().singleRow();
        assertThat(new String((byte[]) row.get("phone_sealed"), StandardCharsets.ISO_8859_1))
                .doesNotContain(phone);
        assertThat(row.get("pii_key")).isNotNull();
        assertThat(String.valueOf(row.get("contact_phone_index"))).doesNotContain(phone);

        // Only a city admin proposes; a proposal binds nobody yet.
        world.api.call("POST", "/api/v1/agency-blacklist", world.staff(), world.in(), entry(creditCode, null))
                .expect(403);
        assertThat(publish(agency)).isEqualTo(201);
        assertThat(world.api.get("/api/v1/agency-blacklist/check?creditCode=" + creditCode, world.worker().token(),
                world.in()).expect(200).body().size()).isZero();

        // The province reviews: only its own admin.
        assertThat(ids(world.api.get(JIANGSU + "?status=PROPOSED", jiangsu(), Map.of()).expect(200).body()))
                .contains(id);
        world.api.get(JIANGSU, anhui(), Map.of()).expectProblem(403, "province-forbidden");
        world.api.call("POST", JIANGSU + "/" + id + "/review", anhui(), Map.of(),
                Map.of("list", true, "note", "越权")).expectProblem(403, "province-forbidden");
        world.api.get(JIANGSU, world.admin, Map.of()).expect(403);
        world.api.get(JIANGSU, world.worker().token(), Map.of()).expect(403);
        // Through the province's own path, Anhui does not find Jiangsu's entry at all.
        world.api.call("POST", "/api/v1/platform/provinces/34/agency-blacklist/" + id + "/review", anhui(), Map.of(),
                Map.of("list", true, "note", "越省")).expectProblem(404, "listing-not-found");

        JsonNode listed = world.api.call("POST", JIANGSU + "/" + id + "/review", jiangsu(), Map.of(),
                Map.of("list", true, "note", "经核查属实，列入")).expect(200).body();
        try {
            assertThat(listed.get("status").asString()).isEqualTo("LISTED");
            world.api.call("POST", JIANGSU + "/" + id + "/review", jiangsu(), Map.of(),
                    Map.of("list", false, "note", "再审")).expectProblem(409, "listing-not-pending");

            // Listed by its credit code: the agency can no longer publish, and workers who check find it.
            Api.Response refused = post(agency);
            refused.expectProblem(403, "employer-blacklisted");
            assertThat(refused.body().get("detail").asString()).contains("收取押金 300 元");
            JsonNode found = world.api.get("/api/v1/agency-blacklist/check?creditCode=" + creditCode,
                    world.worker().token(), world.in()).expect(200).body();
            assertThat(found.size()).isEqualTo(1);
            assertThat(found.get(0).has("phoneMasked")).isFalse();
            assertThat(world.api.get("/api/v1/agency-blacklist/check?phone=" + phone, world.worker().token(),
                    world.in()).expect(200).body().size()).isEqualTo(1);
            assertThat(ids(world.api.get("/api/v1/agency-blacklist", world.staff(), world.in()).expect(200).body()))
                    .contains(id);
        } finally {
            assertThat(remove(id).get("status").asString()).isEqualTo("REMOVED");
        }
        world.api.call("POST", JIANGSU + "/" + id + "/remove", jiangsu(), Map.of(), Map.of("note", "再次"))
                .expectProblem(409, "listing-not-listed");
        assertThat(publish(agency)).isEqualTo(201);
        assertThat(jdbc.sql("select action from t_" + world.city + ".audit_event where target = ? order by id")
                .param(id).query(String.class).list())
                .containsSubsequence("agency-listing.proposed", "agency-listing.listed", "agency-listing.removed");
    }

    @Test
    void aPhoneTheProvinceListsFindsTheEmployerWithThatContactPhone() {
        String phone = randomPhone();
        OrderWorld.Person agency = world.employer(randomCreditCode(), phone);
        JsonNode added = world.api.call("POST", JIANGSU, jiangsu(), Map.of(), entry(null, " +86 " + phone))
                .expect(201).body();
        try {
            assertThat(added.get("status").asString()).isEqualTo("LISTED");
            assertThat(added.hasNonNull("proposedByCity")).isFalse();
            assertThat(publish(agency)).isEqualTo(403);
            // Every city of the province reads it; a city of another province neither reads nor matches it.
            String hefei = TestTenants.uniqueCode();
            String hefeiAdmin = TestTenants.onboard(world.api, hefei, "34", "340400");
            Map<String, String> inHefei = Map.of("X-Lingong-Tenant", hefei);
            assertThat(ids(world.api.get("/api/v1/agency-blacklist", world.admin, world.in()).expect(200).body()))
                    .contains(added.get("id").asString());
            assertThat(ids(world.api.get("/api/v1/agency-blacklist", hefeiAdmin, inHefei).expect(200).body()))
                    .doesNotContain(added.get("id").asString());
            assertThat(world.api.get("/api/v1/agency-blacklist/check?phone=" + phone, hefeiAdmin, inHefei)
                    .expect(200).body().size()).isZero();
            // A city's token never reaches another city's view of the list, nor the province's desk.
            world.api.get("/api/v1/agency-blacklist", hefeiAdmin, world.in()).expectProblem(403, "tenant-forbidden");
            world.api.call("POST", JIANGSU, hefeiAdmin, Map.of(), entry(null, phone)).expect(403);
        } finally {
            remove(added.get("id").asString());
        }
        assertThat(publish(agency)).isEqualTo(201);
    }

    @Test
    void badEntriesAreFieldProblemsAndNothingIsWritten() {
        int before = jdbc.sql("select count(*) from platform.agency_listing").query(Integer.class).single();
        world.api.call("POST", "/api/v1/agency-blacklist", world.admin, world.in(), entry(null, null))
                .expectProblem(400, "listing-identifier-required");
        Api.Response phone = world.api.call("POST", "/api/v1/agency-blacklist", world.admin, world.in(),
                entry(null, "12345"));
        phone.expectProblem(400, "phone-invalid");
        assertThat(phone.body().get("errors").get(0).get("field").asString()).isEqualTo("phone");
        world.api.call("POST", "/api/v1/agency-blacklist", world.admin, world.in(), entry("91320000ABCDEFGHJ0", null))
                .expectProblem(400, "credit-code-invalid");
        Map<String, Object> nameless = entry(randomCreditCode(), null);
        nameless.put("name", " ");
        world.api.call("POST", "/api/v1/agency-blacklist", world.admin, world.in(), nameless)
                .expectProblem(400, "invalid-request");
        world.api.call("POST", JIANGSU + "/" + UUID.randomUUID() + "/review", jiangsu(), Map.of(),
                Map.of("list", true, "note", "无此条")).expectProblem(404, "listing-not-found");
        world.api.call("POST", JIANGSU + "/not-a-uuid/review", jiangsu(), Map.of(),
                Map.of("list", true, "note", "无此条")).expectProblem(400, "invalid-parameter");
        world.api.get("/api/v1/platform/provinces/99/agency-blacklist", Api.userToken("platform-admin", "demo"),
                Map.of()).expectProblem(400, "unknown-province");
        world.api.get("/api/v1/agency-blacklist/check", world.worker().token(), world.in())
                .expectProblem(400, "listing-identifier-required");
        assertThat(jdbc.sql("select count(*) from platform.agency_listing").query(Integer.class).single())
                .isEqualTo(before);
    }

    @Test
    void checksByPhoneAreAuditedAndLimitedSoNoMaskIsGuessed() {
        String checker = world.staff();
        String count = "select count(*) from t_" + world.city + ".audit_event where action = ?";
        int before = jdbc.sql(count).param(AgencyBlacklist.CHECK).query(Integer.class).single();
        for (int i = 0; i < AgencyBlacklist.CHECK_LIMIT; i++) {
            world.api.get("/api/v1/agency-blacklist/check?phone=" + randomPhone(), checker, world.in()).expect(200);
        }
        world.api.get("/api/v1/agency-blacklist/check?phone=" + randomPhone(), checker, world.in())
                .expectProblem(429, "too-many-checks");
        // By credit code (public business data) the desk goes on.
        world.api.get("/api/v1/agency-blacklist/check?creditCode=" + randomCreditCode(), checker, world.in())
                .expect(200);
        assertThat(jdbc.sql(count).param(AgencyBlacklist.CHECK).query(Integer.class).single())
                .isEqualTo(before + AgencyBlacklist.CHECK_LIMIT);
    }
}
