package org.lingong.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.TestTenants;

/**
 * The attacks on masked ID numbers: a mask that leaves few candidates, plus any answer that says whether a candidate is
 * registered, gives the number back. Registration answers nothing about other profiles, and the staff lookup — the one
 * answer that must exist — is audited, limited per staff member, and raised when the limit is hit.
 */
class IdentityOraclesTests extends PeopleApiTest {

    private static final KeycloakTestUsers USERS = new KeycloakTestUsers();

    @AfterAll
    static void deleteUsers() {
        USERS.close();
    }

    private static String worker(String city, String name) {
        return Api.userToken(USERS.create(city + "-" + name, "worker", city), KeycloakTestUsers.PASSWORD);
    }

    private static String someNumber() {
        return idNumber("321302", "1985" + "0" + ThreadLocalRandom.current().nextInt(1, 10) + "1"
                + ThreadLocalRandom.current().nextInt(0, 9), "%03d".formatted(ThreadLocalRandom.current().nextInt(1000)));
    }

    @Test
    void claimingANumberAnotherProfileHoldsAnswersLikeAnUnansweredCheckAndAlertsTheStaff() {
        String city = TestTenants.uniqueCode();
        String admin = TestTenants.onboard(api(), city, "32", "321300");
        String number = someNumber();
        Api.Response owner = api().call("PUT", "/api/v1/workers/me", worker(city, "owner"), in(city),
                WorkersTests.profile(number, "13812340001"));
        assertThat(owner.body().get("status").asString()).isEqualTo("VERIFIED");

        Api.Response claim = api().call("PUT", "/api/v1/workers/me", worker(city, "claimant"), in(city),
                WorkersTests.profile(number, "13812340002"));

        assertThat(claim.status()).as("no 409 that would confirm the number is registered").isEqualTo(200);
        assertThat(claim.body().get("status").asString()).as("waits for a desk").isEqualTo("PENDING");
        assertThat(claim.body().get("statusReason").isNull())
                .as("said no differently from an authority that did not answer").isTrue();
        assertThat(claim.body().has("type")).isFalse();
        String claimant = claim.body().get("id").asString();
        assertThat(jdbc.sql("select count(*) from t_" + city + ".audit_event where action = 'worker.identity.conflict'"
                + " and target = ?").param(claimant).query(Integer.class).single()).isEqualTo(1);
        Api.Response found = api().call("POST", "/api/v1/workers/lookup", admin, in(city), Map.of("idNumber", number));
        assertThat(found.body().get("id").asString()).as("the number still finds its holder")
                .isEqualTo(owner.body().get("id").asString());
    }

    @Test
    void aGivenNumberIsChangedOnlyAtADesk() {
        String city = TestTenants.uniqueCode();
        TestTenants.onboard(api(), city, "32", "321300");
        String worker = worker(city, "w");
        String number = someNumber();
        assertThat(api().call("PUT", "/api/v1/workers/me", worker, in(city), WorkersTests.profile(number, "13812340003"))
                .status()).isEqualTo(200);

        Api.Response other = api().call("PUT", "/api/v1/workers/me", worker, in(city),
                WorkersTests.profile(someNumberBut(number), "13812340003"));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.body().get("type").asString()).endsWith("/id-number-locked");

        Api.Response same = api().call("PUT", "/api/v1/workers/me", worker, in(city),
                WorkersTests.profile(number, "13812340004"));
        assertThat(same.status()).as("the rest of the profile stays the worker's to edit").isEqualTo(200);
        assertThat(same.body().get("phone").asString()).endsWith("0004");
    }

    @Test
    void everyLookupIsAuditedAndABurstIsRefusedAndRaisedPerStaffMember() {
        String city = TestTenants.uniqueCode();
        String admin = TestTenants.onboard(api(), city, "32", "321300");
        String staff = Api.userToken(USERS.create(city + "-desk", "station-staff", city), KeycloakTestUsers.PASSWORD);
        String number = someNumber();
        api().call("PUT", "/api/v1/workers/me", worker(city, "w"), in(city), WorkersTests.profile(number, "13812340005"));

        int limit = 60;
        for (int i = 0; i < limit; i++) {
            String asked = i % 2 == 0 ? number : someNumberBut(number);
            assertThat(api().call("POST", "/api/v1/workers/lookup", staff, in(city), Map.of("idNumber", asked)).status())
                    .isIn(200, 404);
        }
        assertThat(jdbc.sql("select count(*) from t_" + city + ".audit_event where action = 'worker.lookup'")
                .query(Integer.class).single()).as("hits and misses alike").isEqualTo(limit);

        Api.Response refused = api().call("POST", "/api/v1/workers/lookup", staff, in(city, "en"),
                Map.of("idNumber", number));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body().get("type").asString()).endsWith("/too-many-lookups");
        assertThat(refused.raw().body()).doesNotContain(number);
        assertThat(jdbc.sql("select count(*) from t_" + city + ".audit_event where action = 'worker.lookup.refused'")
                .query(Integer.class).single()).as("the refusal is on record").isEqualTo(1);

        assertThat(api().call("POST", "/api/v1/workers/lookup", admin, in(city), Map.of("idNumber", number)).status())
                .as("another staff member is not held back").isEqualTo(200);
    }

    private static String someNumberBut(String number) {
        String other;
        do {
            other = someNumber();
        } while (other.equals(number));
        return other;
    }
}
