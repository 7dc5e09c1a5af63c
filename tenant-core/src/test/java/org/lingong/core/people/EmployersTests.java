package org.lingong.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.Api;
import org.lingong.core.TestTenants;
import org.lingong.core.people.checks.CreditCode;
import org.lingong.core.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Employer self-service with throwaway Keycloak employer accounts of a test city, approval from the queue, the check
 * that gates publishing, and the audited clear read.
 */
class EmployersTests extends PeopleApiTest {

    private static final KeycloakTestUsers USERS = new KeycloakTestUsers();
    private static String city;
    private static String otherCity;
    private static String admin;
    private static String otherAdmin;
    private static String employerA;
    private static String employerB;

    @Autowired
    EmployerVerification verification;

    @BeforeEach
    void cityWithEmployers() {
        if (city == null) {
            city = TestTenants.uniqueCode();
            otherCity = TestTenants.uniqueCode();
            admin = TestTenants.onboard(api(), city, "32", "321300");
            otherAdmin = TestTenants.onboard(api(), otherCity, "34", "340400");
            employerA = USERS.create(city + "-emp-a", "employer", city);
            employerB = USERS.create(city + "-emp-b", "employer", city);
        }
    }

    @AfterAll
    static void deleteUsers() {
        USERS.close();
    }

    private static String token(String user) {
        return token(user, KeycloakTestUsers.PASSWORD);
    }

    /** A credit code with a correct check character; {@code serial} varies the organisation code part. */
    static String creditCode(String serial) {
        String first17 = "91321300" + serial;
        return first17 + CreditCode.checkCharacter(first17);
    }

    static ObjectNode profile(String creditCode, String phone) {
        return Api.JSON.createObjectNode().put("legalName", "宿迁市好帮手家政服务有限公司").put("creditCode", creditCode)
                .put("legalRepresentative", "李法人").put("contactName", "王经理").put("contactPhone", phone).put("address", "宿迁市宿城区幸福中路 1 号");
    }

    private boolean publishable(String employerId) {
        try {
            TenantContext.run(new TenantCode(city), () -> verification.requireVerified(UUID.fromString(employerId)));
            return true;
        } catch (ProblemException e) {
            assertThat(e.status().value()).isEqualTo(403);
            assertThat(e.type()).isEqualTo(ProblemType.EMPLOYER_UNVERIFIED);
            return false;
        }
    }

    @Test
    void anEmployerPublishesOnlyOnceTheCityAdministratorApproved() {
        String code = creditCode("MA1XY40AB");
        Api.Response saved = api().call("PUT", "/api/v1/employers/me", token(employerA), in(city), profile(code, "13712345678"));
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        assertThat(saved.body().get("status").asString()).isEqualTo("UNVERIFIED");
        assertThat(saved.body().get("creditCode").asString()).isEqualTo(CreditCode.mask(code)).startsWith("9132**********");
        assertThat(saved.body().get("contactPhone").asString()).isEqualTo("137****5678");
        assertThat(saved.body().get("legalRepresentative").asString()).isEqualTo("李**");
        assertThat(saved.body().get("licence").isNull()).isTrue();
        assertThat(saved.raw().body()).doesNotContain(code, "13712345678", "李法人");
        String id = saved.body().get("id").asString();
        assertThat(publishable(id)).isFalse();

        Map<String, Object> row = jdbc.sql("select contact_phone_sealed, employer::text as whole from t_" + city
                + ".employer where id = ?::uuid").param(id).query().singleRow();
        assertThat(new String((byte[]) row.get("contact_phone_sealed"), StandardCharsets.ISO_8859_1)).doesNotContain("13712345678");
        assertThat((String) row.get("whole")).doesNotContain("13712345678", "37123456", "李法人");

        String decide = "/api/v1/employers/" + id + "/verification";
        Map<String, String> approve = Map.of("decision", "APPROVE");
        api().call("POST", decide, admin, in(city), approve).expectProblem(409, "employer-not-pending");
        api().call("PUT", "/api/v1/employers/me/licence", token(employerA), in(city), TestEmployers.image("jpg", 4, 4))
                .expect(200);
        assertThat(api().call("POST", decide, token(employerA), in(city), approve).status()).isEqualTo(403);
        assertThat(api().call("POST", decide, otherAdmin, in(city), approve).status()).isEqualTo(403);
        Api.Response verified = api().call("POST", decide, admin, in(city), approve);
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.body().get("status").asString()).isEqualTo("VERIFIED");
        assertThat(publishable(id)).isTrue();
        assertThat(api().get("/api/v1/audit-events", admin, in(city)).body().get("items").valueStream()
                .anyMatch(e -> e.get("action").asString().equals("employer.verification.approve")
                        && e.get("target").asString().equals(id)))
                .isTrue();

        Api.Response sameName = api().call("PUT", "/api/v1/employers/me", token(employerA), in(city),
                profile(code, "13812345678"));
        assertThat(sameName.body().get("status").asString()).as("a new contact needs no review").isEqualTo("VERIFIED");
        Api.Response renamed = api().call("PUT", "/api/v1/employers/me", token(employerA), in(city),
                profile(code, "13712345678").put("legalName", "宿迁市另一家公司"));
        assertThat(renamed.body().get("status").asString()).as("a new legal name goes to the queue again")
                .isEqualTo("PENDING");
        assertThat(publishable(id)).isFalse();
        assertThat(publishable(UUID.randomUUID().toString())).isFalse();
    }

    @Test
    void aFailingCheckCharacterOrABadFormatIsRefusedAtTheField() {
        String good = creditCode("MA1XY41AB");
        String wrong = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        api().call("PUT", "/api/v1/employers/me", token(employerB), in(city), profile(good, "025-84123456")).expect(200);
        assertFieldProblem(profile(wrong, "13712345678"), "en", "creditCode",
                "The check character of the unified social credit code does not match (GB 32100); compare it with "
                        + "the business licence and enter it again");
        assertFieldProblem(profile(wrong, "13712345678"), "zh-CN", "creditCode",
                "统一社会信用代码校验码不符（GB 32100），请对照营业执照核对后重新填写");
        Map<String, List<String>> rejected = Map.of(
                good.substring(0, 17), List.of("统一社会信用代码须为 18 位，由数字和除 I、O、Z、S、V 以外的大写字母组成",
                        "A unified social credit code has 18 characters: digits and capital letters except I, O, Z, S, V"),
                good.substring(0, 16) + "I" + good.charAt(17), List.of("统一社会信用代码须为 18 位，由数字和除 I、O、Z、S、V 以外的大写字母组成",
                        "A unified social credit code has 18 characters: digits and capital letters except I, O, Z, S, V"));
        rejected.forEach((code, messages) -> {
            assertFieldProblem(profile(code, "13712345678"), "zh-CN", "creditCode", messages.get(0));
            assertFieldProblem(profile(code, "13712345678"), "en", "creditCode", messages.get(1));
        });
        assertFieldProblem(profile(good, "1371234567"), "zh-CN", "contactPhone",
                "电话号码须为 11 位手机号（1 开头）或带区号的固定电话");
        assertFieldProblem(profile(good, "13712345678").put("legalName", " "), "en", "legalName",
                "The legal name is required");
        assertFieldProblem(profile(good, "13712345678").put("legalRepresentative", ""), "zh-CN",
                "legalRepresentative", "请填写法定代表人");
        assertThat(api().get("/api/v1/employers/me", token(employerB), in(city)).body().get("contactPhone").asString())
                .as("rejected updates changed nothing").isEqualTo("025-****3456");
    }

    private void assertFieldProblem(ObjectNode body, String language, String field, String message) {
        Api.Response response = api().call("PUT", "/api/v1/employers/me", token(employerB), in(city, language), body);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(400);
        assertThat(response.body().at("/titles/en").asString()).isEqualTo("The request is invalid");
        assertThat(response.body().get("errors").valueStream()
                .filter(e -> e.get("field").asString().equals(field)).map(e -> e.get("message").asString()))
                .as(body.toString()).containsExactly(message);
    }

    @Test
    void staffSeeMaskedListsAndOnlyTheCitysAdministratorReadsClearValuesWithAReason() {
        String code = creditCode("MA1XY42AB");
        String id = api().call("PUT", "/api/v1/employers/me", token(employerA), in(city), profile(code, "13712345678"))
                .body().get("id").asString();

        Api.Response list = api().get("/api/v1/employers", admin, in(city));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get("items").valueStream().map(e -> e.get("id").asString())).contains(id);
        assertThat(list.raw().body()).doesNotContain(code, "13712345678");
        assertThat(api().get("/api/v1/employers", otherAdmin, in(city)).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/employers", token(employerA), in(city)).status()).isEqualTo(403);

        Api.Response taken = api().call("PUT", "/api/v1/employers/me", token(employerB), in(city),
                profile(code.toLowerCase(), "13712345678"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body().get("type").asString()).endsWith("/credit-code-taken");

        String identity = "/api/v1/employers/" + id + "/identity";
        assertThat(api().get(identity, admin, in(city)).status()).isEqualTo(400);
        assertThat(api().get(identity + "?reason=audit", otherAdmin, in(city)).status()).isEqualTo(403);
        assertThat(api().get(identity + "?reason=audit", token(employerA), in(city)).status()).isEqualTo(403);
        Api.Response clear = api().get(identity + "?reason=complaint-1234", admin, in(city));
        assertThat(clear.status()).isEqualTo(200);
        assertThat(clear.body().at("/fields/creditCode").asString()).isEqualTo(code);
        assertThat(clear.body().at("/fields/contactPhone").asString()).isEqualTo("13712345678");
        assertThat(clear.body().at("/fields/legalRepresentative").asString()).isEqualTo("李法人");
        JsonNode audit = api().get("/api/v1/audit-events", admin, in(city)).body().get("items").valueStream()
                .filter(e -> e.get("action").asString().equals("employer.identity.read")).findFirst().orElseThrow();
        assertThat(audit.get("target").asString()).isEqualTo(id);
        assertThat(audit.get("detail").asString()).contains("contactPhone", "creditCode", "complaint-1234")
                .doesNotContain("13712345678");
    }

    @Test
    void workersHaveNoEmployerProfile() {
        assertThat(api().call("PUT", "/api/v1/employers/me", token("worker-zhang", "demo"), in(city),
                profile(creditCode("MA1XY43AB"), "13712345678")).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/employers/me", token("worker-zhang", "demo"), in(city)).status())
                .isEqualTo(403);
    }
}
