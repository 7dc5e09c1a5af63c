package org.lingong.core.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.TenantCoreTests;
import org.lingong.core.TestTenants;
import org.lingong.core.orders.OrderWorld;
import org.lingong.core.people.KeycloakTestUsers;
import org.lingong.core.people.checks.ResidentIdNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A person closes their national account (PIPL): the worker profile erased in every city and the Keycloak account
 * deleted; refused while an order is open or the account acts for an employer, and for staff.
 */
class AccountClosureTests extends TenantCoreTests {

    private static final KeycloakTestUsers keycloak = new KeycloakTestUsers();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static OrderWorld world;
    private static String otherCity;

    @Autowired
    JdbcClient jdbc;

    private void cities() {
        if (world == null) {
            world = new OrderWorld(api());
            otherCity = TestTenants.uniqueCode();
            TestTenants.onboard(api(), otherCity, "34", "340400");
        }
    }

    @AfterAll
    static void deleteTheAccounts() {
        keycloak.close();
        if (world != null) {
            world.close();
        }
        world = null;
    }

    private static Map<String, String> at(String tenant) {
        return Map.of("X-Lingong-Tenant", tenant, "Accept-Language", "zh-CN");
    }

    /** A national worker account with a verified profile in each of these cities: [username, token, ids…]. */
    private String[] workerIn(String... cities) {
        int n = SEQUENCE.incrementAndGet();
        String username = keycloak.create(world.city + "-closer" + n, null, java.util.List.of("worker"));
        String token = Api.userToken(username, KeycloakTestUsers.PASSWORD);
        String[] result = new String[2 + cities.length];
        result[0] = username;
        result[1] = token;
        for (int i = 0; i < cities.length; i++) {
            String first17 = "321302" + "1992" + String.format("%02d%02d", 1 + n % 12, 1 + i) + String.format("%03d",
                    500 + n);
            ObjectNode profile = Api.JSON.createObjectNode().put("realName", "郑晓燕").put("phone", "13800000" + String
                    .format("%03d", n)).put("idNumber", first17 + ResidentIdNumber.checkCharacter(first17));
            result[2 + i] = api().call("PUT", "/api/v1/workers/me", token, at(cities[i]), profile).expect(200).body()
                    .get("id").asString();
        }
        return result;
    }

    private String status(String tenant, String workerId) {
        return jdbc.sql("select status || ':' || account_id || ':' || coalesce(phone_masked, '-') from t_" + tenant
                + ".worker where id = ?::uuid").param(workerId).query(String.class).single();
    }

    @Test
    void closingErasesTheProfileInEveryCityAndDeletesTheAccount() {
        cities();
        String[] worker = workerIn(world.city, otherCity);
        // 我的城市: both profiles, verified, nothing open; the same answer from either city.
        JsonNode cities = api().get("/api/v1/accounts/me/cities", worker[1], at(otherCity)).expect(200).body();
        assertThat(cities.valueStream().map(c -> c.get("city").asString())).containsExactlyInAnyOrder(world.city,
                otherCity);
        assertThat(cities.valueStream()).allMatch(c -> c.get("verifiedWorker").asBoolean()
                && !c.get("openOrders").asBoolean() && !c.get("employer").asBoolean());
        Api.Response closed = api().call("DELETE", "/api/v1/accounts/me", worker[1], at(world.city), null);
        assertThat(closed.status()).as(closed.raw().body()).isEqualTo(204);

        assertThat(status(world.city, worker[2])).startsWith("ERASED:erased:").endsWith(":-");
        assertThat(status(otherCity, worker[3])).startsWith("ERASED:erased:").endsWith(":-");
        assertThat(keycloak.find(worker[0])).isNull();
        assertThat(jdbc.sql("select count(*) from t_" + otherCity + ".audit_event where action = 'worker.erased'"
                + " and target = ?").param(worker[3]).query(Integer.class).single()).isEqualTo(1);
        // The token lives on until it expires, but finds nothing of the person any more.
        api().get("/api/v1/workers/me", worker[1], at(otherCity)).expectProblem(404, "worker-not-found");
    }

    @Test
    void anOpenOrderHoldsTheClosureUntilItEnds() {
        cities();
        String[] worker = workerIn(world.city);
        OrderWorld.Person person = new OrderWorld.Person(worker[1], worker[2]);
        String job = world.job(null, 1, Instant.now().plus(2, ChronoUnit.DAYS)).get("id").asString();
        String order = world.grab(person, job).expect(201).body().get("id").asString();

        assertThat(api().get("/api/v1/accounts/me/cities", worker[1], at(world.city)).expect(200).body().get(0)
                .get("openOrders").asBoolean()).isTrue();
        Api.Response refused = api().call("DELETE", "/api/v1/accounts/me", worker[1], at(world.city), null);
        refused.expectProblem(409, "account-has-open-orders");
        assertThat(refused.body().get("detail").asString()).contains("未完成");
        assertThat(status(world.city, worker[2])).startsWith("VERIFIED:");
        assertThat(keycloak.find(worker[0])).isNotNull();

        world.act(worker[1], order, "cancel", Api.JSON.createObjectNode()).expect(200);
        api().call("DELETE", "/api/v1/accounts/me", worker[1], at(world.city), null).expect(204);
        assertThat(keycloak.find(worker[0])).isNull();
    }

    @Test
    void employersAndStaffDoNotCloseTheirAccountsThemselves() {
        cities();
        OrderWorld.Person employer = world.employer();
        api().call("DELETE", "/api/v1/accounts/me", employer.token(), at(world.city), null)
                .expectProblem(409, "account-holds-employer");
        assertThat(api().get("/api/v1/accounts/me/cities", employer.token(), at(world.city)).expect(200).body()
                .valueStream().map(c -> c.get("city").asString() + ":" + c.get("employer").asBoolean()))
                .containsExactly(world.city + ":true");
        assertThat(api().call("DELETE", "/api/v1/accounts/me", world.staff(), at(world.city), null).status())
                .isEqualTo(403);
        assertThat(api().call("DELETE", "/api/v1/accounts/me", null, at(world.city), null).status()).isEqualTo(401);
    }
}
