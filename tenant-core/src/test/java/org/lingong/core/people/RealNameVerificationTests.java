package org.lingong.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.TestTenants;
import tools.jackson.databind.JsonNode;

/**
 * Real-name verification as a process, through the API with the development check (names starting 核验不符 or 核验超时
 * take the mismatch and unavailable paths): the authority's answer decides, a desk decides what it cannot, and a
 * number proven at a desk moves to the card's holder.
 */
class RealNameVerificationTests extends PeopleApiTest {

    private static final KeycloakTestUsers USERS = new KeycloakTestUsers();
    private static String city;
    private static String otherCity;
    private static String admin;
    private static String staff;
    private static String otherStaff;

    @BeforeEach
    void city() {
        if (city == null) {
            city = TestTenants.uniqueCode();
            otherCity = TestTenants.uniqueCode();
            admin = TestTenants.onboard(api(), city, "32", "321300");
            TestTenants.onboard(api(), otherCity, "34", "340400");
            staff = Api.userToken(USERS.create(city + "-desk", "station-staff", city), KeycloakTestUsers.PASSWORD);
            otherStaff = Api.userToken(USERS.create(otherCity + "-desk", "station-staff", otherCity),
                    KeycloakTestUsers.PASSWORD);
        }
    }

    @AfterAll
    static void deleteUsers() {
        USERS.close();
    }

    private static String worker(String name) {
        return Api.userToken(USERS.create(city + "-" + name, "worker", city), KeycloakTestUsers.PASSWORD);
    }

    private static String someNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return idNumber("321302", "19" + (60 + random.nextInt(40)) + "0" + (1 + random.nextInt(9)) + "1"
                + random.nextInt(10), "%03d".formatted(random.nextInt(1000)));
    }

    private JsonNode save(String token, String name, String number, String phone) {
        Api.Response saved = api().call("PUT", "/api/v1/workers/me", token, in(city),
                WorkersTests.profile(number, phone).put("realName", name));
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        return saved.body();
    }

    private Api.Response decide(String token, String id, String decision, String note, String tenant) {
        Map<String, Object> body = note == null ? Map.of("decision", decision) : Map.of("decision", decision, "note", note);
        return api().call("POST", "/api/v1/workers/" + id + "/verification", token, in(tenant), body);
    }

    @Test
    void theAuthoritysMatchVerifiesAndItsMismatchRejectsWithAReason() {
        JsonNode matched = save(worker("match"), "王小明", someNumber(), "13800000001");
        assertThat(matched.get("status").asString()).isEqualTo("VERIFIED");
        assertThat(matched.get("verificationMethod").asString()).isEqualTo("AUTHORITATIVE");
        assertThat(matched.get("verifiedAt").isNull()).isFalse();

        String token = worker("mismatch");
        JsonNode mismatched = save(token, "核验不符王", someNumber(), "13800000002");
        assertThat(mismatched.get("status").asString()).isEqualTo("REJECTED");
        assertThat(mismatched.get("statusReason").asString()).isEqualTo("NAME_NUMBER_MISMATCH");
        assertThat(mismatched.get("verifiedAt").isNull()).isTrue();
        assertThat(api().get("/api/v1/workers/me", token, in(city)).body().get("statusReason").asString())
                .as("the worker sees why").isEqualTo("NAME_NUMBER_MISMATCH");
    }

    @Test
    void whatTheAuthorityCannotAnswerWaitsInTheDesksQueueAndIsVerifiedInPerson() {
        String token = worker("unanswered");
        JsonNode waiting = save(token, "核验超时李", someNumber(), "13800000003");
        String id = waiting.get("id").asString();
        assertThat(waiting.get("status").asString()).isEqualTo("PENDING");
        assertThat(waiting.get("statusReason").isNull()).as("the worker is told only to come to a desk").isTrue();

        JsonNode queue = api().get("/api/v1/workers?status=PENDING", staff, in(city)).body().get("items");
        JsonNode queued = queue.valueStream().filter(w -> w.get("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(queued.get("statusReason").asString()).as("staff see why").isEqualTo("CHECK_UNAVAILABLE");
        assertThat(queue.valueStream().map(w -> w.get("status").asString())).containsOnly("PENDING");
        assertThat(queue.valueStream().map(w -> java.time.Instant.parse(w.get("updatedAt").asString())).toList())
                .as("longest waiting first").isSorted();

        assertThat(decide(token, id, "VERIFY", null, city).status()).as("not the worker's own call").isEqualTo(403);
        assertThat(decide(otherStaff, id, "VERIFY", null, city).status()).isEqualTo(403);
        assertThat(decide(otherStaff, id, "VERIFY", null, otherCity).status()).as("another city's worker").isEqualTo(404);
        decide(staff, id, "MAYBE", null, city).expectProblem(400, "invalid-request");

        JsonNode verified = decide(staff, id, "VERIFY", "身份证原件已核对", city).body();
        assertThat(verified.get("status").asString()).isEqualTo("VERIFIED");
        assertThat(verified.get("verificationMethod").asString()).isEqualTo("IN_PERSON");
        assertThat(jdbc.sql("select verified_by from t_" + city + ".worker where id = ?::uuid").param(id)
                .query(String.class).single()).isEqualTo(Api.claims(staff).get("sub").asString());
        assertThat(jdbc.sql("select count(*) from t_" + city + ".audit_event where action = 'worker.verified.in-person'"
                + " and target = ?").param(id).query(Integer.class).single()).isEqualTo(1);

        JsonNode again = save(token, "核验超时李", null, "13800000004");
        assertThat(again.get("status").asString()).as("a save without the number keeps the verified one")
                .isEqualTo("VERIFIED");
        assertThat(again.get("idNumber").asString()).isEqualTo(verified.get("idNumber").asString());
        JsonNode renamed = save(token, "核验不符李", null, "13800000004");
        assertThat(renamed.get("status").asString()).as("a new name is checked against the number on record")
                .isEqualTo("REJECTED");
        assertThat(renamed.get("statusReason").asString()).isEqualTo("NAME_NUMBER_MISMATCH");
    }

    @Test
    void aRefusalAtTheDeskNeedsANoteTheWorkerReads() {
        String token = worker("refused");
        String id = save(token, "核验超时赵", someNumber(), "13800000005").get("id").asString();
        decide(staff, id, "REJECT", " ", city).expectProblem(400, "verification-note-required");
        JsonNode refused = decide(staff, id, "REJECT", "证件照片与本人不符", city).body();
        assertThat(refused.get("status").asString()).isEqualTo("REJECTED");
        JsonNode own = api().get("/api/v1/workers/me", token, in(city)).body();
        assertThat(own.get("statusReason").asString()).isEqualTo("REFUSED_AT_DESK");
        assertThat(own.get("statusNote").asString()).isEqualTo("证件照片与本人不符");

        String incomplete = save(worker("nonumber"), "钱七", null, "13800000006").get("id").asString();
        decide(staff, incomplete, "VERIFY", null, city).expectProblem(409, "worker-number-missing");
    }

    @Test
    void theCardsHolderProvesTheNumberAtADeskAndTheSquatterWaits() {
        String number = someNumber();
        JsonNode squatter = save(worker("squatter"), "孙八", number, "13800000007");
        assertThat(squatter.get("status").asString()).isEqualTo("VERIFIED");
        String holderToken = worker("holder");
        JsonNode holder = save(holderToken, "周九", number, "13800000008");
        assertThat(holder.get("status").asString()).isEqualTo("PENDING");

        assertThat(decide(staff, holder.get("id").asString(), "VERIFY", "本人持证到场", city).status()).isEqualTo(200);

        JsonNode found = api().call("POST", "/api/v1/workers/lookup", staff, in(city), Map.of("idNumber", number))
                .body();
        assertThat(found.get("id").asString()).as("the number finds the card's holder now")
                .isEqualTo(holder.get("id").asString());
        JsonNode yielded = api().get("/api/v1/workers?status=PENDING", admin, in(city)).body().get("items")
                .valueStream().filter(w -> w.get("id").asString().equals(squatter.get("id").asString()))
                .findFirst().orElseThrow();
        assertThat(yielded.get("statusReason").asString()).isEqualTo("NUMBER_PROVEN_BY_ANOTHER");
        assertThat(jdbc.sql("select count(*) from t_" + city + ".audit_event where action = 'worker.number.yielded'")
                .query(Integer.class).single()).isEqualTo(1);
    }
}
