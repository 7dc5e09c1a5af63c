package org.lingong.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.common.upload.ImageFormat;
import org.lingong.core.Api;
import org.lingong.core.TestTenants;
import tools.jackson.databind.JsonNode;

/**
 * 双实名 for employers: the licence upload (type by its bytes, the city's size limit), the staff's queue, the audited
 * licence view and the decisions, refused to another city's staff, including calls that name this city directly.
 */
class EmployerReviewTests extends PeopleApiTest {

    private static final KeycloakTestUsers USERS = new KeycloakTestUsers();
    private static String city;
    private static String admin;
    private static String otherAdmin;
    private static String staff;
    private static String first;
    private static String second;
    private static String stranger;

    @BeforeEach
    void cityWithEmployers() {
        if (city == null) {
            city = TestTenants.uniqueCode();
            String otherCity = TestTenants.uniqueCode();
            admin = TestTenants.onboard(api(), city, "32", "321300");
            otherAdmin = TestTenants.onboard(api(), otherCity, "34", "340400");
            staff = token(USERS.create(city + "-desk", "station-staff", city), KeycloakTestUsers.PASSWORD);
            first = token(USERS.create(city + "-rv-a", "employer", city), KeycloakTestUsers.PASSWORD);
            second = token(USERS.create(city + "-rv-b", "employer", city), KeycloakTestUsers.PASSWORD);
            stranger = token(USERS.create(city + "-rv-c", "employer", city), KeycloakTestUsers.PASSWORD);
        }
    }

    @AfterAll
    static void deleteUsers() {
        USERS.close();
    }

    private String save(String employer, String serial, String phone) {
        return api().call("PUT", "/api/v1/employers/me", employer, in(city),
                EmployersTests.profile(EmployersTests.creditCode(serial), phone)).expect(200).body().get("id").asString();
    }

    private Api.Response upload(String employer, byte[] image) {
        return api().call("PUT", "/api/v1/employers/me/licence", employer,
                Map.of("X-Lingong-Tenant", city, "Content-Type", "application/octet-stream"), image);
    }

    private JsonNode queue(String token) {
        return api().get("/api/v1/employers?status=PENDING", token, in(city)).expect(200).body();
    }

    @Test
    void theQueueListsOldestFirstAndStaffDecideWithANoteTheEmployerReads() {
        String a = save(first, "MA1RX01AB", "13712340001");
        String b = save(second, "MA1RX02AB", "13712340002");
        byte[] png = TestEmployers.image("png", 40, 30);
        JsonNode uploaded = upload(first, png).expect(200).body();
        assertThat(uploaded.get("status").asString()).isEqualTo("PENDING");
        assertThat(uploaded.at("/licence/contentType").asString()).isEqualTo("image/png");
        assertThat(uploaded.at("/licence/sha256").asString()).isEqualTo(ImageFormat.sha256(png));
        upload(second, TestEmployers.image("jpg", 40, 30)).expect(200);

        JsonNode pending = queue(staff);
        assertThat(pending.get("items").valueStream().map(e -> e.get("id").asString())).containsExactly(a, b);
        assertThat(pending.toString()).doesNotContain("13712340001", "王经理", "李法人");
        assertThat(pending.at("/items/0/contactPhone").asString()).isEqualTo("137****0001");

        HttpResponse<byte[]> image = api().download("/api/v1/employers/" + a + "/licence", staff, in(city));
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.body()).isEqualTo(png);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(image.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");

        String decide = "/api/v1/employers/" + b + "/verification";
        api().call("POST", decide, staff, in(city, "en"), Map.of("decision", "ASK_MORE", "note", " "))
                .expectProblem(400, "verification-note-required");
        api().call("POST", decide, staff, in(city), Map.of("decision", "REJECT")).expectProblem(400,
                "verification-note-required");
        Api.Response unknownDecision = api().call("POST", decide, staff, in(city), Map.of("decision", "MAYBE"));
        assertThat(unknownDecision.status()).isEqualTo(400);
        assertThat(api().get("/api/v1/employers/me", second, in(city)).body().get("status").asString())
                .as("a refused decision changed nothing").isEqualTo("PENDING");

        JsonNode more = api().call("POST", decide, staff, in(city),
                Map.of("decision", "ASK_MORE", "note", "执照照片不清晰，请重新拍摄")).expect(200).body();
        assertThat(more.get("status").asString()).isEqualTo("UNVERIFIED");
        assertThat(more.get("statusReason").asString()).isEqualTo("MORE_REQUESTED");
        JsonNode own = api().get("/api/v1/employers/me", second, in(city)).body();
        assertThat(own.get("statusNote").asString()).isEqualTo("执照照片不清晰，请重新拍摄");
        api().call("POST", decide, staff, in(city), Map.of("decision", "APPROVE"))
                .expectProblem(409, "employer-not-pending");

        upload(second, TestEmployers.image("jpg", 80, 60)).expect(200);
        JsonNode rejected = api().call("POST", decide, admin, in(city),
                Map.of("decision", "REJECT", "note", "执照上的名称与填写的不一致")).expect(200).body();
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("statusReason").asString()).isEqualTo("REFUSED_AT_DESK");
        api().call("POST", "/api/v1/employers/" + a + "/verification", staff, in(city), Map.of("decision", "APPROVE"))
                .expect(200);
        api().call("POST", "/api/v1/employers/" + a + "/verification", admin, in(city), Map.of("decision", "REJECT",
                "note", "晚了一步")).expectProblem(409, "employer-not-pending");
        assertThat(queue(staff).get("items").valueStream().map(e -> e.get("id").asString())).doesNotContain(a, b);

        var actions = api().get("/api/v1/audit-events?size=200", admin, in(city)).body().get("items").valueStream()
                .filter(e -> e.get("target").asString().equals(a) || e.get("target").asString().equals(b))
                .map(e -> e.get("action").asString() + " " + e.get("actor").asString()).toList();
        assertThat(actions).anyMatch(x -> x.startsWith("employer.licence.viewed "))
                .anyMatch(x -> x.startsWith("employer.verification.ask_more "))
                .anyMatch(x -> x.startsWith("employer.verification.reject "))
                .anyMatch(x -> x.startsWith("employer.verification.approve "))
                .anyMatch(x -> x.startsWith("employer.licence.uploaded "));
    }

    @Test
    void aLicenceIsAPngOrJpegByItsBytesWithinTheCitysLimitAndNothingIsKeptOtherwise() {
        String c = save(stranger, "MA1RX03AB", "13712340003");
        byte[] pdf = "%PDF-1.7\n1 0 obj".getBytes();
        Api.Response wrongType = api().call("PUT", "/api/v1/employers/me/licence", stranger,
                Map.of("X-Lingong-Tenant", city, "Content-Type", "image/png", "Accept-Language", "en"), pdf);
        wrongType.expectProblem(415, "licence-unsupported-type");
        assertThat(wrongType.body().at("/titles/zh").asString()).isEqualTo("营业执照须为 PNG 或 JPEG 图片");
        byte[] gif = "GIF89a....".getBytes();
        upload(stranger, gif).expectProblem(415, "licence-unsupported-type");
        upload(stranger, TestEmployers.image("gif", 4, 4)).expectProblem(415, "licence-unsupported-type");
        upload(stranger, new byte[0]).expectProblem(400, "licence-empty");

        api().call("PUT", "/api/v1/employers/licence-limit", staff, in(city), Map.of("maxBytes", 200_000))
                .expect(403);
        api().call("PUT", "/api/v1/employers/licence-limit", admin, in(city), Map.of("maxBytes", 20_000_000))
                .expect(400);
        api().call("PUT", "/api/v1/employers/licence-limit", admin, in(city), Map.of("maxBytes", 200_000))
                .expect(200);
        byte[] large = Arrays.copyOf(TestEmployers.image("png", 8, 8), 200_001);
        Api.Response tooLarge = upload(stranger, large);
        tooLarge.expectProblem(413, "licence-too-large");
        assertThat(tooLarge.body().get("detail").asString()).contains("195 KB");
        api().call("PUT", "/api/v1/employers/licence-limit", admin, in(city), Map.of("maxBytes", 5 * 1024 * 1024))
                .expect(200);

        assertThat(jdbc.sql("select count(*) from t_" + city + ".employer_licence where employer_id = ?::uuid")
                .param(c).query(Integer.class).single()).isZero();
        assertThat(api().get("/api/v1/employers/me", stranger, in(city)).body().get("status").asString())
                .isEqualTo("UNVERIFIED");
        api().get("/api/v1/employers/" + c + "/licence", staff, in(city)).expectProblem(404, "licence-not-found");
        String unknown = "/api/v1/employers/00000000-0000-0000-0000-0000000000aa";
        api().get(unknown + "/licence", staff, in(city)).expectProblem(404, "employer-not-found");
        api().call("POST", unknown + "/verification", staff, in(city), Map.of("decision", "APPROVE"))
                .expectProblem(404, "employer-not-found");
        String newcomer = token(USERS.create(city + "-rv-d", "employer", city), KeycloakTestUsers.PASSWORD);
        upload(newcomer, TestEmployers.image("png", 4, 4)).expectProblem(409, "employer-profile-required");
    }

    @Test
    void anotherCitysStaffCannotListViewOrDecideNorCanEmployers() {
        String d = save(token(USERS.create(city + "-rv-e", "employer", city), KeycloakTestUsers.PASSWORD),
                "MA1RX04AB", "13712340004");
        String licence = "/api/v1/employers/" + d + "/licence";
        String decide = "/api/v1/employers/" + d + "/verification";
        // Each call names this city to tenant-core directly, as a caller bypassing the gateway would.
        for (String outsider : new String[] {otherAdmin, first}) {
            assertThat(api().get("/api/v1/employers?status=PENDING", outsider, in(city)).status()).isEqualTo(403);
            assertThat(api().get(licence, outsider, in(city)).status()).isEqualTo(403);
            assertThat(api().call("POST", decide, outsider, in(city), Map.of("decision", "APPROVE")).status())
                    .isEqualTo(403);
        }
        assertThat(api().get(licence, null, in(city)).status()).isEqualTo(401);
        assertThat(jdbc.sql("select status from t_" + city + ".employer where id = ?::uuid").param(d)
                .query(String.class).single()).isEqualTo("UNVERIFIED");
    }
}
