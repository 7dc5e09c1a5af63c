package org.lingong.core.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.OneCityTests;
import org.lingong.core.TestTenants;
import org.lingong.core.people.KeycloakTestUsers;
import org.lingong.core.people.checks.ResidentIdNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Walk-in registration at a station desk, against the real Keycloak (its {@code lingong-accounts} resource) and the
 * dev SMS mailbox: the phone confirmed by code, one national account per phone across cities, the profile verified in
 * person; wrong, spent, expired and foreign codes, missing consent or card, and callers who are not the city's staff
 * refused with nothing left behind.
 */
class WalkInTests extends OneCityTests {

    private static final KeycloakTestUsers keycloak = new KeycloakTestUsers();
    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(10_000));
    private static String otherCity;
    private static String otherAdmin;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void devSmsInBothCities() {
        if (otherCity == null) {
            otherCity = TestTenants.uniqueCode();
            otherAdmin = TestTenants.onboard(api(), otherCity, "34", "340400");
            for (String c : List.of(city, otherCity)) {
                api().call("PUT", "/api/v1/platform/tenants/" + c + "/sms-settings",
                        Api.userToken("platform-admin", "demo"), Map.of(),
                        Api.JSON.createObjectNode().put("provider", "DEV")).expect(200);
            }
        }
    }

    @AfterAll
    static void deleteTheAccounts() {
        keycloak.close();
        otherCity = null;
    }

    /** A phone and an ID number of this test alone. */
    private record Person(String phone, String idNumber) {
        static Person fresh() {
            int n = SEQUENCE.incrementAndGet() % 10_000;
            String first17 = "321302" + "1985" + String.format("%02d%02d", 1 + n % 12, 1 + n % 28)
                    + String.format("%03d", n % 1000);
            return new Person("136" + String.format("%04d%04d", ThreadLocalRandom.current().nextInt(10_000), n),
                    first17 + ResidentIdNumber.checkCharacter(first17));
        }
    }

    private static Map<String, String> at(String tenant) {
        return Map.of("X-Lingong-Tenant", tenant, "Accept-Language", "en");
    }

    private Api.Response sendCode(String tenant, String token, String phone) {
        return api().call("POST", "/api/v1/walk-ins/codes", token, at(tenant),
                Api.JSON.createObjectNode().put("phone", phone));
    }

    /** The newest code the dev mailbox holds for the phone in the city. */
    private String codeIn(String tenant, String phone) {
        return api().get("/dev/sms-outbox?city=" + tenant + "&phone=" + phone, null,
                Map.of("Accept", "application/json")).expect(200).body().get(0).get("code").asString();
    }

    private static ObjectNode registration(String attempt, String code, boolean consent, Person person) {
        ObjectNode body = Api.JSON.createObjectNode().put("attempt", attempt).put("code", code)
                .put("consentRead", consent);
        ObjectNode profile = body.putObject("profile").put("realName", "周明远").put("phone", person.phone());
        if (person.idNumber() != null) {
            profile.put("idNumber", person.idNumber());
        }
        profile.putArray("skills").add("搬运");
        return body;
    }

    private Api.Response register(String tenant, String token, ObjectNode body) {
        return api().call("POST", "/api/v1/walk-ins", token, at(tenant), body);
    }

    /** Sends a code and registers the person with it. */
    private Api.Response walkIn(String tenant, String token, Person person) {
        String attempt = sendCode(tenant, token, person.phone()).expect(201).body().get("attempt").asString();
        return register(tenant, token, registration(attempt, codeIn(tenant, person.phone()), true, person));
    }

    private List<JsonNode> accountsOf(String phone) {
        List<JsonNode> found = keycloak.withAttribute("phone", phone);
        found.forEach(user -> keycloak.deleteAfterwards(user.get("id").asString()));
        return found;
    }

    private int workers(String tenant) {
        return jdbc.sql("select count(*) from t_" + tenant + ".worker").query(Integer.class).single();
    }

    @Test
    void aWalkInGetsOneNationalAccountAndAProfileVerifiedInPersonInEachCity() {
        Person person = Person.fresh();
        Api.Response sent = sendCode(city, admin, person.phone()).expect(201);
        assertThat(sent.body().get("phone").asString()).isEqualTo(person.phone().substring(0, 3) + "****"
                + person.phone().substring(7));

        Api.Response first = register(city, admin, registration(sent.body().get("attempt").asString(),
                codeIn(city, person.phone()), true, person)).expect(201);
        assertThat(first.body().get("accountCreated").asBoolean()).isTrue();
        JsonNode worker = first.body().get("worker");
        assertThat(worker.get("status").asString()).isEqualTo("VERIFIED");
        assertThat(worker.get("verificationMethod").asString()).isEqualTo("IN_PERSON");
        assertThat(worker.get("realName").asString()).isEqualTo("周**");
        assertThat(first.raw().body()).doesNotContain(person.phone()).doesNotContain(person.idNumber());

        List<JsonNode> accounts = accountsOf(person.phone());
        assertThat(accounts).hasSize(1);
        String accountId = accounts.getFirst().get("id").asString();
        assertThat(keycloak.realmRoles(accountId)).contains("worker").doesNotContain("station-staff");
        assertThat(accounts.getFirst().at("/attributes/consents").toString()).contains(city + "|");
        assertThat(jdbc.sql("select account_id from t_" + city + ".worker where id = ?::uuid")
                .param(worker.get("id").asString()).query(String.class).single()).isEqualTo(accountId);
        List<Map<String, Object>> audit = jdbc.sql("select action, detail from t_" + city
                + ".audit_event where target = ?").param(worker.get("id").asString()).query().listOfRows();
        assertThat(audit).extracting(row -> row.get("action"))
                .contains("worker.registered.at-desk", "worker.verified.in-person");
        assertThat(audit.toString()).contains("privacy notice").doesNotContain(person.phone());

        // The same phone at another city's desk joins that city with the same account.
        Api.Response second = walkIn(otherCity, otherAdmin, person).expect(201);
        assertThat(second.body().get("accountCreated").asBoolean()).isFalse();
        List<JsonNode> after = accountsOf(person.phone());
        assertThat(after).extracting(user -> user.get("id").asString()).containsExactly(accountId);
        assertThat(after.getFirst().at("/attributes/consents").toString()).contains(city + "|")
                .contains(otherCity + "|");
        assertThat(jdbc.sql("select account_id from t_" + otherCity + ".worker where id = ?::uuid")
                .param(second.body().at("/worker/id").asString()).query(String.class).single()).isEqualTo(accountId);
    }

    @Test
    void withoutConsentOrCardOrWithAWrongCodeNothingIsCreatedAnywhere() {
        Person person = Person.fresh();
        int before = workers(city);
        String attempt = sendCode(city, admin, person.phone()).expect(201).body().get("attempt").asString();
        String code = codeIn(city, person.phone());

        register(city, admin, registration(attempt, code, false, person)).expectProblem(400, "desk-consent-required");
        register(city, admin, registration(attempt, code, true, new Person(person.phone(), null)))
                .expectProblem(400, "desk-id-number-required");
        String wrong = code.equals("000000") ? "000001" : "000000";
        Api.Response refused = register(city, admin, registration(attempt, wrong, true, person));
        refused.expectProblem(400, "desk-code-invalid");
        assertThat(refused.body().get("title").asString()).isEqualTo("The SMS code is wrong or no longer valid");
        // The code was sent to this phone: another number with it is a wrong code too.
        register(city, admin, registration(attempt, code, true, Person.fresh())).expectProblem(400,
                "desk-code-invalid");
        assertThat(accountsOf(person.phone())).isEmpty();
        assertThat(workers(city)).isEqualTo(before);

        // Still the right code after those tries; used once, then spent.
        register(city, admin, registration(attempt, code, true, person)).expect(201);
        register(city, admin, registration(attempt, code, true, person)).expectProblem(400, "desk-code-invalid");
    }

    @Test
    void fiveWrongTriesSpendTheCodeAndAnExpiredCodeIsRefused() {
        Person person = Person.fresh();
        String attempt = sendCode(city, admin, person.phone()).expect(201).body().get("attempt").asString();
        String code = codeIn(city, person.phone());
        String wrong = code.equals("000000") ? "000001" : "000000";
        for (int i = 0; i < DeskCodes.TRIES; i++) {
            register(city, admin, registration(attempt, wrong, true, person)).expectProblem(400, "desk-code-invalid");
        }
        register(city, admin, registration(attempt, code, true, person)).expectProblem(400, "desk-code-invalid");

        String late = sendCode(city, admin, person.phone()).expect(201).body().get("attempt").asString();
        String lateCode = codeIn(city, person.phone());
        jdbc.sql("update t_" + city + ".desk_code set expires_at = now() - interval '1 second' where id = ?::uuid")
                .param(late).update();
        register(city, admin, registration(late, lateCode, true, person)).expectProblem(400, "desk-code-invalid");
        assertThat(accountsOf(person.phone())).isEmpty();
    }

    @Test
    void aCodeSentInOneCityOpensNothingInAnother() {
        Person person = Person.fresh();
        String attempt = sendCode(city, admin, person.phone()).expect(201).body().get("attempt").asString();
        register(otherCity, otherAdmin, registration(attempt, codeIn(city, person.phone()), true, person))
                .expectProblem(400, "desk-code-invalid");
        // Another city's administrator cannot act in this one, with or without a code.
        assertThat(sendCode(city, otherAdmin, person.phone()).status()).isEqualTo(403);
        assertThat(register(city, otherAdmin, registration(attempt, codeIn(city, person.phone()), true, person))
                .status()).isEqualTo(403);
        assertThat(accountsOf(person.phone())).isEmpty();
    }

    @Test
    void onlyTheCitysOwnStaffRegisterWalkInsAndMalformedInputIsRefused() {
        Person person = Person.fresh();
        assertThat(sendCode(city, null, person.phone()).status()).isEqualTo(401);
        assertThat(sendCode(city, Api.userToken("worker-zhang", "demo"), person.phone()).status()).isEqualTo(403);
        assertThat(sendCode(city, Api.userToken("platform-admin", "demo"), person.phone()).status()).isEqualTo(403);
        assertThat(sendCode(city, Api.serviceToken(), person.phone()).status()).isEqualTo(403);

        Api.Response badPhone = sendCode(city, admin, "12800138000");
        badPhone.expectProblem(400, "invalid-request");
        assertThat(badPhone.body().at("/errors/0/field").asString()).isEqualTo("phone");
        ObjectNode badCode = registration("8f0e4a52-0000-4000-8000-000000000001", "12<b>", true, person);
        Api.Response refused = register(city, admin, badCode);
        refused.expectProblem(400, "invalid-request");
        assertThat(refused.raw().body()).doesNotContain("<b>");
        ObjectNode badNumber = registration("8f0e4a52-0000-4000-8000-000000000001", "123456", true,
                new Person(person.phone(), "321302198501010000"));
        Api.Response badId = register(city, admin, badNumber);
        badId.expectProblem(400, "invalid-request");
        assertThat(badId.raw().body()).doesNotContain("321302198501010000");
        register(city, admin, registration("8f0e4a52-0000-4000-8000-000000000001", "123456", true, person))
                .expectProblem(400, "desk-code-invalid");
    }
}
