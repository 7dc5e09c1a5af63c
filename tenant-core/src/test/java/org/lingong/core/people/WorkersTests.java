package org.lingong.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.TestTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Worker self-service, staff views, audited clear reads and erasure, against the real database and Keycloak. */
class WorkersTests extends PeopleApiTest {

    private static String cityA;
    private static String cityB;
    private static String adminA;
    private static String adminB;
    private static final String ZHANG_ID = idNumber("321302", "19900307", "123");
    private static final String LI_ID = idNumber("340403", "19781115", "264");

    @BeforeEach
    void twoCities() {
        if (cityA == null) {
            cityA = TestTenants.uniqueCode();
            cityB = TestTenants.uniqueCode();
            adminA = TestTenants.onboard(api(), cityA, "32", "321300");
            adminB = TestTenants.onboard(api(), cityB, "34", "340400");
        }
    }

    /** The demo workers' national accounts (no tenant claim). */
    private static String zhang() {
        return token("worker-zhang", "demo");
    }

    private static String li() {
        return token("worker-li", "demo");
    }

    static ObjectNode profile(String idNumber, String phone) {
        ObjectNode profile = Api.JSON.createObjectNode().put("realName", "张三丰").put("phone", phone)
                .put("homeRegionCode", "321302");
        if (idNumber != null) {
            profile.put("idNumber", idNumber);
        }
        profile.putArray("skills").add("电工").add("焊工");
        profile.putArray("categories").add("electrician");
        profile.putArray("priorityGroups").add("VETERAN").add("MIGRANT");
        return profile;
    }

    @Test
    void aWorkersProfileIsCheckedSealedAndAlwaysShownMasked() {
        Api.Response saved = api().call("PUT", "/api/v1/workers/me", zhang(), in(cityA), profile(ZHANG_ID, "138 1234 5678"));
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        assertThat(saved.body().get("status").asString()).isEqualTo("VERIFIED");
        assertThat(saved.body().get("idNumber").asString())
                .isEqualTo(ZHANG_ID.charAt(0) + "*".repeat(16) + ZHANG_ID.charAt(17));
        assertThat(saved.body().get("phone").asString()).isEqualTo("138****5678");
        assertThat(saved.body().get("realName").asString()).as("masked in the own view too").isEqualTo("张**");
        assertThat(saved.body().get("priorityGroups").valueStream().map(JsonNode::asString)).containsExactly("VETERAN", "MIGRANT");
        String id = saved.body().get("id").asString();

        Api.Response own = api().get("/api/v1/workers/me", zhang(), in(cityA));
        assertThat(own.raw().body()).doesNotContain(ZHANG_ID, "13812345678")
                .contains(ZHANG_ID.charAt(0) + "*".repeat(16) + ZHANG_ID.charAt(17), "138****5678");

        Map<String, Object> row = jdbc.sql("select id_number_sealed, id_number_index, phone_sealed, phone_index, "
                        + "worker::text as whole from t_" + cityA + ".worker where id = ?::uuid").param(id)
                .query().singleRow();
        assertThat(new String((byte[]) row.get("id_number_sealed"), StandardCharsets.ISO_8859_1)).doesNotContain(ZHANG_ID);
        assertThat(new String((byte[]) row.get("phone_sealed"), StandardCharsets.ISO_8859_1)).doesNotContain("13812345678");
        assertThat((String) row.get("id_number_index")).matches("[0-9a-f]{64}");
        assertThat((String) row.get("whole")).doesNotContain(ZHANG_ID, "13812345678", "38123456");

        Api.Response list = api().get("/api/v1/workers", adminA, in(cityA));
        assertThat(list.status()).isEqualTo(200);
        JsonNode listed = list.body().get("items").valueStream().filter(w -> w.get("id").asString().equals(id))
                .findFirst().orElseThrow();
        assertThat(listed.get("realName").asString()).isEqualTo("张**");
        assertThat(list.raw().body()).doesNotContain(ZHANG_ID, "13812345678", "张三丰");

        Api.Response found = api().call("POST", "/api/v1/workers/lookup", adminA, in(cityA),
                Map.of("idNumber", ZHANG_ID.toLowerCase()));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().get("id").asString()).isEqualTo(id);
        assertThat(found.raw().body()).doesNotContain(ZHANG_ID);
        assertThat(api().call("POST", "/api/v1/workers/lookup", adminB, in(cityB), Map.of("idNumber", ZHANG_ID))
                .status()).isEqualTo(404);
    }

    @Test
    void withoutAnIdNumberAProfileStaysUnverified() {
        Api.Response saved = api().call("PUT", "/api/v1/workers/me", zhang(), in(cityB), profile(null, "0527-84123456"));
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        assertThat(saved.body().get("status").asString()).isEqualTo("UNVERIFIED");
        assertThat(saved.body().get("phone").asString()).isEqualTo("0527-****3456");
        assertThat(saved.body().get("idNumber").isNull()).isTrue();
    }

    @Test
    void everyFailedCheckIsAFieldProblemInChineseAndEnglish() {
        String badDigit = ZHANG_ID.substring(0, 17) + (ZHANG_ID.charAt(17) == '0' ? '1' : '0');
        Map<String, List<String>> cases = Map.of(
                badDigit, List.of("身份证号校验码不正确（GB 11643）", "The check character of the ID number is wrong (GB 11643)"),
                idNumber("321302", "20300101", "123"), List.of("身份证号中的出生日期无效或晚于今天",
                        "The birth date in the ID number is invalid or in the future"),
                idNumber("321302", "20200101", "123"), List.of("零工年龄须在 16 至 80 周岁之间",
                        "A worker is between 16 and 80 years old"),
                idNumber("991302", "19900307", "123"), List.of("身份证号前两位不是有效的省级行政区划代码",
                        "The first two digits of the ID number are no valid province code"),
                "32130219900307", List.of("身份证号须为 18 位，前 17 位为数字，末位为数字或 X",
                        "A resident ID number has 18 characters: 17 digits, then a digit or X"));
        cases.forEach((number, messages) -> {
            assertFieldProblem(profile(number, "13812345678"), "zh-CN", "idNumber", messages.get(0));
            assertFieldProblem(profile(number, "13812345678"), "en", "idNumber", messages.get(1));
        });
        assertFieldProblem(profile(ZHANG_ID, "12812345678"), "zh-CN", "phone",
                "电话号码须为 11 位手机号（1 开头）或带区号的固定电话");
        assertFieldProblem(profile(ZHANG_ID, "84123456"), "en", "phone",
                "A phone number is an 11-digit mobile number starting with 1, or a landline with its area code");
        assertFieldProblem(profile(ZHANG_ID, "13812345678").put("homeRegionCode", "32"), "en", "homeRegionCode",
                "The home region is a 6-digit division code");

        ObjectNode unknownGroup = profile(ZHANG_ID, "13812345678");
        unknownGroup.putArray("priorityGroups").add("ROYALTY");
        Api.Response bad = api().call("PUT", "/api/v1/workers/me", zhang(), in(cityB), unknownGroup);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().at("/titles/en").asString()).isEqualTo("The request is invalid");
        assertThat(bad.raw().body()).doesNotContain(ZHANG_ID);
        assertThat(jdbc.sql("select count(*) from t_" + cityB + ".worker where account_id = ? and id_number_index is not null")
                .param(Api.claims(zhang()).get("sub").asString()).query(Long.class).single())
                .as("no rejected ID number was stored").isZero();
    }

    private void assertFieldProblem(ObjectNode body, String language, String field, String message) {
        Api.Response response = api().call("PUT", "/api/v1/workers/me", zhang(), in(cityB, language), body);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().at("/titles/zh").asString()).isEqualTo("请求内容有误");
        assertThat(response.body().get("errors").valueStream()
                .filter(e -> e.get("field").asString().equals(field)).map(e -> e.get("message").asString()))
                .as(body.toString()).containsExactly(message);
    }

    @Test
    void clearReadsAreForTheCitysAdministratorWithAReasonAndAudited() {
        Api.Response saved = api().call("PUT", "/api/v1/workers/me", li(), in(cityA),
                profile(LI_ID, "13912345678").put("realName", "李四"));
        assertThat(saved.status()).isEqualTo(200);
        String identity = "/api/v1/workers/" + saved.body().get("id").asString() + "/identity";

        Api.Response noReason = api().get(identity, adminA, in(cityA));
        assertThat(noReason.status()).isEqualTo(400);
        Api.Response blankReason = api().get(identity + "?reason=%20", adminA, in(cityA));
        assertThat(blankReason.status()).isEqualTo(400);
        assertThat(blankReason.body().get("type").asString()).endsWith("/identity-reason-required");
        assertThat(api().get(identity + "?reason=x", li(), in(cityA)).status()).isEqualTo(403);
        assertThat(api().get(identity + "?reason=x", token("jiangsu-admin", "demo"), in(cityA)).status())
                .isEqualTo(403);
        Api.Response otherCity = api().get(identity + "?reason=curious", adminB, in(cityA));
        assertThat(otherCity.status()).isEqualTo(403);
        assertThat(otherCity.body().get("type").asString()).endsWith("/tenant-forbidden");
        assertThat(api().get(identity + "?reason=curious", adminB, in(cityB)).status()).isEqualTo(404);

        Api.Response clear = api().get(identity + "?reason=" + URLEncoder.encode("工资纠纷调解核实身份",
                StandardCharsets.UTF_8), adminA, in(cityA));
        assertThat(clear.status()).isEqualTo(200);
        assertThat(clear.body().at("/fields/idNumber").asString()).isEqualTo(LI_ID);
        assertThat(clear.body().at("/fields/phone").asString()).isEqualTo("13912345678");
        assertThat(clear.body().at("/fields/realName").asString()).isEqualTo("李四");

        JsonNode audit = api().get("/api/v1/audit-events", adminA, in(cityA)).body().get("items").valueStream()
                .filter(e -> e.get("action").asString().equals("worker.identity.read")).findFirst().orElseThrow();
        assertThat(audit.get("actor").asString()).isEqualTo(Api.claims(adminA).get("sub").asString());
        assertThat(audit.get("target").asString()).isEqualTo(saved.body().get("id").asString());
        assertThat(audit.get("detail").asString()).contains("idNumber", "phone", "realName", "工资纠纷调解核实身份")
                .doesNotContain(LI_ID, "13912345678");
        assertThat(api().get("/api/v1/audit-events", adminB, in(cityB)).raw().body()).doesNotContain("worker.identity.read");
    }

    @Test
    void aWorkerIsErasedOnRequestLeavingAnAnonymisedRow() {
        Api.Response saved = api().call("PUT", "/api/v1/workers/me", li(), in(cityB), profile(LI_ID, "13912345678"));
        assertThat(saved.status()).isEqualTo(200);
        String id = saved.body().get("id").asString();

        assertThat(api().call("DELETE", "/api/v1/workers/me", li(), in(cityB), null).status()).isEqualTo(204);
        assertThat(api().get("/api/v1/workers/me", li(), in(cityB)).status()).isEqualTo(404);
        Map<String, Object> row = jdbc.sql("select account_id, real_name_sealed, real_name_masked, pii_key, id_number_sealed, id_number_index, phone_sealed, "
                + "status, home_region_code, birth_year, priority_groups::text as groups from t_" + cityB
                + ".worker where id = ?::uuid").param(id).query().singleRow();
        assertThat(row.get("account_id")).isEqualTo("erased:" + id);
        assertThat(row.get("real_name_sealed")).isNull();
        assertThat(row.get("real_name_masked")).isNull();
        assertThat(row.get("pii_key")).isNull();
        assertThat(row.get("id_number_sealed")).isNull();
        assertThat(row.get("id_number_index")).isNull();
        assertThat(row.get("phone_sealed")).isNull();
        assertThat(row.get("status")).isEqualTo("ERASED");
        assertThat(row.get("home_region_code")).isEqualTo("321302");
        assertThat(row.get("birth_year")).isEqualTo(1978);
        assertThat(row.get("groups")).isEqualTo("{VETERAN,MIGRANT}");
        assertThat(api().get("/api/v1/workers/" + id + "/identity?reason=check", adminB, in(cityB)).status())
                .isEqualTo(404);
        assertThat(api().get("/api/v1/workers", adminB, in(cityB)).raw().body()).doesNotContain(id);
        assertThat(api().get("/api/v1/audit-events", adminB, in(cityB)).body().get("items").valueStream()
                .anyMatch(e -> e.get("action").asString().equals("worker.erased") && e.get("target").asString().equals(id)))
                .isTrue();

        Api.Response again = api().call("PUT", "/api/v1/workers/me", li(), in(cityB), profile(LI_ID, "13912345678"));
        assertThat(again.status()).as("the ID number is free again after erasure").isEqualTo(200);
        assertThat(again.body().get("id").asString()).isNotEqualTo(id);
    }

    @Test
    void onlyWorkersHaveAWorkerProfileAndTheTagsHaveLabels() {
        assertThat(api().call("PUT", "/api/v1/workers/me", adminA, in(cityA), profile(ZHANG_ID, "13812345678")).status())
                .isEqualTo(403);
        assertThat(api().get("/api/v1/workers", zhang(), in(cityA)).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/workers/me", null, in(cityA)).status()).isEqualTo(401);
        JsonNode groups = api().get("/api/v1/worker-priority-groups", zhang(), in(cityA)).body();
        assertThat(groups.valueStream().map(g -> g.get("code").asString() + "=" + g.get("zh").asString()))
                .contains("VETERAN=退役军人", "MIGRANT=农民工", "NEW_FORM=新就业形态劳动者").hasSize(7);
        assertThat(groups.get(0).get("en").asString()).isEqualTo("People with employment difficulty");
    }
}
