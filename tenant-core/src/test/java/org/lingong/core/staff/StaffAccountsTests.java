package org.lingong.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.TenantCoreTests;
import org.lingong.core.TestTenants;
import org.lingong.core.people.KeycloakTestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Station-staff accounts in the real Keycloak, through tenant-core's API: two cities of their own, each with its first
 * administrator; Keycloak reached through a {@link KeycloakRelay}, so its outage and failures can be staged.
 */
class StaffAccountsTests extends TenantCoreTests {

    private static final KeycloakRelay keycloak = new KeycloakRelay();
    private static final KeycloakTestUsers accounts = new KeycloakTestUsers();
    private static String cityA;
    private static String cityB;
    private static String adminA;
    private static String adminB;

    @DynamicPropertySource
    static void keycloakThroughTheRelay(DynamicPropertyRegistry registry) {
        registry.add("lingong.keycloak.url", keycloak::url);
    }

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void twoCities() {
        if (cityA == null) {
            cityA = TestTenants.uniqueCode();
            cityB = TestTenants.uniqueCode();
            adminA = TestTenants.onboard(api(), cityA, "32", "321300");
            adminB = TestTenants.onboard(api(), cityB, "34", "340400");
        }
    }

    @AfterAll
    static void deleteTheAccounts() {
        accounts.close();
    }

    private static Map<String, String> in(String tenant) {
        return Map.of("X-Lingong-Tenant", tenant);
    }

    private static Map<String, String> in(String tenant, String language) {
        return Map.of("X-Lingong-Tenant", tenant, "Accept-Language", language);
    }

    private static ObjectNode account(String username) {
        return Api.JSON.createObjectNode().put("username", username).put("lastName", "王").put("firstName", "小二")
                .put("email", username + "@test.lingong.invalid");
    }

    /** Opens an account through the API, and has it deleted from Keycloak after the tests. */
    private JsonNode open(String tenant, String token, ObjectNode request) {
        Api.Response created = api().call("POST", "/api/v1/staff-accounts", token, in(tenant), request).expect(201);
        accounts.deleteAfterwards(created.body().at("/account/id").asString());
        return created.body();
    }

    private List<String> usernames(String tenant, String token) {
        return api().get("/api/v1/staff-accounts", token, in(tenant)).expect(200).body().get("items").valueStream()
                .map(item -> item.get("username").asString()).toList();
    }

    private List<String> audit(String tenant, String action) {
        return jdbc.sql("select target from t_" + tenant + ".audit_event where action = ?").param(action)
                .query(String.class).list();
    }

    /** The user names of the accounts whose opening the city's audit trail records. */
    private List<String> auditedUsernames(String tenant) {
        return jdbc.sql("select detail from t_" + tenant + ".audit_event where action = 'staff-account.created'")
                .query(String.class).list();
    }

    @Test
    void aCityAdminOpensAnAccountWithATemporaryPasswordShownOnceAndMasked() {
        String username = cityA + "-staff1";
        Api.Response response = api().call("POST", "/api/v1/staff-accounts", adminA, in(cityA), account(username));
        response.expect(201);
        JsonNode created = response.body();
        String id = created.at("/account/id").asString();
        accounts.deleteAfterwards(id);
        assertThat(response.header("Location")).isEqualTo("/api/v1/staff-accounts/" + id);
        assertThat(created.at("/account/username").asString()).isEqualTo(username);
        assertThat(created.at("/account/name").asString()).isEqualTo("王**");
        assertThat(created.at("/account/email").asString()).isEqualTo("i" + "*".repeat(username.length() - 1)
                + "@test.lingong.invalid");
        assertThat(created.at("/account/enabled").asBoolean()).isTrue();
        assertThat(created.at("/account/createdAt").asString()).isNotBlank();
        assertThat(created.get("temporaryPassword").asString()).hasSize(TemporaryPasswords.LENGTH);

        // In Keycloak: the city's member with the staff role (through the group that carries it), and the password to
        // be changed at the first sign-in.
        JsonNode user = accounts.find(username);
        assertThat(user.at("/attributes/tenant/0").asString()).isEqualTo(cityA);
        assertThat(user.get("requiredActions").valueStream().map(JsonNode::asString)).containsExactly("UPDATE_PASSWORD");
        assertThat(accounts.groups(id)).containsExactly("station-staff");
        assertThat(accounts.realmRoles(id)).contains("station-staff").doesNotContain("city-admin");
        assertThatIllegalStateException().as("a temporary password only lets the user set a new one")
                .isThrownBy(() -> Api.userToken(username, created.get("temporaryPassword").asString()))
                .withMessageContaining("not fully set up");

        assertThat(audit(cityA, "staff-account.created")).contains(id);
        JsonNode listed = api().get("/api/v1/staff-accounts", adminA, in(cityA)).expect(200).body().get("items")
                .valueStream().filter(item -> item.get("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(listed.toString()).doesNotContain("小二").doesNotContain(username + "@");
        assertThat(listed.has("temporaryPassword")).isFalse();
    }

    @Test
    void anAccountWithItsOwnPasswordSignsInAsStationStaffOfTheCity() {
        String username = cityA + "-staff2";
        JsonNode created = open(cityA, adminA, account(username).put("password", "staff-pass-1"));
        assertThat(created.has("temporaryPassword")).as("no generated password to show").isFalse();
        JsonNode claims = Api.claims(Api.userToken(username, "staff-pass-1"));
        assertThat(claims.get("tenant").asString()).isEqualTo(cityA);
        assertThat(claims.at("/realm_access/roles").valueStream().map(JsonNode::asString)).contains("station-staff");
    }

    @Test
    void badInputIsAnsweredWithFieldErrorsAndOpensNothing() {
        ObjectNode bad = Api.JSON.createObjectNode().put("username", "Bad Name!").put("lastName", "")
                .put("firstName", "名".repeat(21)).put("email", "not-an-address").put("password", "p".repeat(65));
        Api.Response refused = api().call("POST", "/api/v1/staff-accounts", adminA, in(cityA, "en"), bad);
        refused.expectProblem(400, "invalid-request");
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body().at("/titles/zh").asString()).isEqualTo("请求内容有误");
        assertThat(refused.body().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("username", "lastName", "firstName", "email", "password");
        assertThat(refused.body().get("errors").valueStream()
                .filter(e -> e.get("field").asString().equals("username")).findFirst().orElseThrow()
                .get("message").asString()).startsWith("User name: 3–41 lower-case");
        assertThat(accounts.find("bad name!")).isNull();

        Api.Response zh = api().call("POST", "/api/v1/staff-accounts", adminA, in(cityA),
                Api.JSON.createObjectNode().put("email", "x"));
        zh.expectProblem(400, "invalid-request");
        assertThat(zh.body().toString()).contains("请填写姓", "用户名须为");
        assertThat(api().call("POST", "/api/v1/staff-accounts", adminA, in(cityA), "{not json").status())
                .isEqualTo(400);
    }

    @Test
    void aTakenUserNameOrEmailAddressIsAConflictAtItsField() {
        String username = cityA + "-staff3";
        open(cityA, adminA, account(username));

        Api.Response sameName = api().call("POST", "/api/v1/staff-accounts", adminB, in(cityB, "en"),
                account(username).put("email", cityB + "-other@test.lingong.invalid"));
        sameName.expectProblem(409, "staff-username-taken");
        assertThat(sameName.body().get("title").asString()).isEqualTo("This user name is taken");
        assertThat(sameName.body().at("/titles/zh").asString()).isEqualTo("该用户名已被使用");
        assertThat(sameName.body().at("/errors/0/field").asString()).isEqualTo("username");
        assertThat(sameName.body().at("/errors/0/message").asString()).isEqualTo("This user name is taken");

        Api.Response sameEmail = api().call("POST", "/api/v1/staff-accounts", adminA, in(cityA),
                account(username + "x").put("email", username + "@test.lingong.invalid"));
        sameEmail.expectProblem(409, "staff-email-taken");
        assertThat(sameEmail.body().at("/errors/0/field").asString()).isEqualTo("email");
        assertThat(accounts.find(username + "x")).isNull();
        assertThat(auditedUsernames(cityB)).doesNotContain(username);
        assertThat(auditedUsernames(cityA)).containsOnlyOnce(username).doesNotContain(username + "x");
    }

    @Test
    void aDisabledAccountCannotSignInUntilItIsEnabledAgain() {
        String username = cityA + "-staff4";
        String id = open(cityA, adminA, account(username).put("password", "staff-pass-1")).at("/account/id").asString();

        JsonNode disabled = api().call("POST", "/api/v1/staff-accounts/" + id + "/disable", adminA, in(cityA), null)
                .expect(200).body();
        assertThat(disabled.get("enabled").asBoolean()).isFalse();
        assertThatIllegalStateException().isThrownBy(() -> Api.userToken(username, "staff-pass-1"));
        assertThat(audit(cityA, "staff-account.disabled")).contains(id);
        assertThat(usernames(cityA, adminA)).as("a disabled account stays the city's, listed").contains(username);

        JsonNode enabled = api().call("POST", "/api/v1/staff-accounts/" + id + "/enable", adminA, in(cityA), null)
                .expect(200).body();
        assertThat(enabled.get("enabled").asBoolean()).isTrue();
        assertThat(Api.claims(Api.userToken(username, "staff-pass-1")).get("tenant").asString()).isEqualTo(cityA);
        assertThat(audit(cityA, "staff-account.enabled")).contains(id);
    }

    @Test
    void aCityAdminSeesAndTouchesOnlyItsOwnCitysStaffAccounts() {
        String staffA = cityA + "-staff5";
        String idA = open(cityA, adminA, account(staffA).put("password", "staff-pass-1")).at("/account/id").asString();
        String staffB = cityB + "-staff5";
        open(cityB, adminB, account(staffB));

        assertThat(usernames(cityA, adminA)).contains(staffA).doesNotContain(staffB);
        assertThat(usernames(cityB, adminB)).contains(staffB).doesNotContain(staffA);

        // Another city's administrator in this city: refused by the tenant check, whatever the endpoint.
        api().get("/api/v1/staff-accounts", adminB, in(cityA)).expectProblem(403, "tenant-forbidden");
        api().call("POST", "/api/v1/staff-accounts", adminB, in(cityA), account(cityB + "-intruder"))
                .expectProblem(403, "tenant-forbidden");
        api().call("POST", "/api/v1/staff-accounts/" + idA + "/disable", adminB, in(cityA), null)
                .expectProblem(403, "tenant-forbidden");
        // In its own city, it finds no such account — nor may a city admin disable an administrator's account.
        api().call("POST", "/api/v1/staff-accounts/" + idA + "/disable", adminB, in(cityB), null)
                .expectProblem(404, "staff-account-not-found");
        String adminAId = Api.claims(adminA).get("sub").asString();
        api().call("POST", "/api/v1/staff-accounts/" + adminAId + "/disable", adminA, in(cityA), null)
                .expectProblem(404, "staff-account-not-found");
        api().call("POST", "/api/v1/staff-accounts/not-a-uuid/disable", adminA, in(cityA), null).expect(400);
        assertThat(accounts.find(staffA).get("enabled").asBoolean()).isTrue();
        assertThat(accounts.find(cityB + "-intruder")).isNull();

        // Station staff, province and worker accounts do not manage accounts.
        String staff = Api.userToken(staffA, "staff-pass-1");
        api().get("/api/v1/staff-accounts", staff, in(cityA)).expectProblem(403, "forbidden");
        api().get("/api/v1/staff-accounts", Api.userToken("jiangsu-admin", "demo"), in(cityA))
                .expectProblem(403, "forbidden");
        api().get("/api/v1/staff-accounts", null, in(cityA)).expectProblem(401, "authentication-required");
        // The platform administrator may, in any city.
        assertThat(usernames(cityA, Api.userToken("platform-admin", "demo"))).contains(staffA);
    }

    @Test
    void withKeycloakDownNothingIsWrittenAndTheAnswerIs503() {
        String username = cityA + "-down";
        keycloak.down();
        try {
            Api.Response refused = api().call("POST", "/api/v1/staff-accounts", adminA, in(cityA), account(username));
            refused.expectProblem(503, "service-unavailable");
            assertThat(refused.body().at("/titles/en").asString()).isNotBlank();
            api().get("/api/v1/staff-accounts", adminA, in(cityA)).expectProblem(503, "service-unavailable");
        } finally {
            keycloak.up();
        }
        assertThat(accounts.find(username)).isNull();
        assertThat(usernames(cityA, adminA)).doesNotContain(username);
        assertThat(auditedUsernames(cityA)).doesNotContain(username);
    }

    @Test
    void aPasswordTheRealmsPolicyRefusesIsAProblemAtItsFieldAndOpensNothing() {
        String username = cityA + "-weak";
        Api.Response refused = api().call("POST", "/api/v1/staff-accounts", adminA, in(cityA, "en"),
                account(username).put("password", username));
        refused.expectProblem(400, "password-policy");
        assertThat(refused.body().at("/errors/0/field").asString()).isEqualTo("password");
        assertThat(refused.body().at("/titles/zh").asString()).isEqualTo("密码不符合平台的密码策略");
        assertThat(accounts.find(username)).isNull();
        assertThat(auditedUsernames(cityA)).doesNotContain(username);
    }

    @Test
    void aDisabledAccountIsSignedOutAndListedForTheGatewayToRefuseItsTokens() {
        String username = cityA + "-staff6";
        String id = open(cityA, adminA, account(username).put("password", "staff-pass-1")).at("/account/id").asString();
        String token = Api.userToken(username, "staff-pass-1");

        api().call("POST", "/api/v1/staff-accounts/" + id + "/disable", adminA, in(cityA), null).expect(200);

        JsonNode revoked = api().get("/internal/v1/tenant-routes", Api.serviceToken(), Map.of()).expect(200).body()
                .get("revoked").valueStream().filter(entry -> entry.get("subject").asString().equals(id))
                .findFirst().orElseThrow();
        assertThat(Instant.parse(revoked.get("revokedAt").asString()))
                .isAfterOrEqualTo(Instant.ofEpochSecond(Api.claims(token).get("iat").asLong()));
        assertThat(jdbc.sql("select count(*) from platform.revoked_subject where subject = ?").param(id)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void whenTheSessionsCannotBeEndedTheAccountStaysEnabledAndNothingIsAudited() {
        String username = cityA + "-staff7";
        String id = open(cityA, adminA, account(username)).at("/account/id").asString();
        keycloak.failing = "/logout";
        try {
            api().call("POST", "/api/v1/staff-accounts/" + id + "/disable", adminA, in(cityA), null)
                    .expectProblem(503, "service-unavailable");
        } finally {
            keycloak.failing = null;
        }
        assertThat(accounts.find(username).get("enabled").asBoolean()).isTrue();
        assertThat(audit(cityA, "staff-account.disabled")).doesNotContain(id);
    }

    @Test
    void aWorkersAccountIsNoStaffAccountOfAnyCityAndCannotBeTakenOver() {
        String worker = accounts.create(cityA + "-worker", null, List.of("worker"));
        String workerId = accounts.find(worker).get("id").asString();
        // A worker's account is invisible to tenant-core's service account: no staff account of any city.
        api().call("POST", "/api/v1/staff-accounts/" + workerId + "/disable", adminA, in(cityA), null)
                .expectProblem(404, "staff-account-not-found");
        assertThat(accounts.find(worker).get("enabled").asBoolean()).isTrue();
        // Its user name is taken for a new staff account, and the worker's account stays as it was.
        api().call("POST", "/api/v1/staff-accounts", adminA, in(cityA),
                account(worker).put("email", cityA + "-other@test.lingong.invalid"))
                .expectProblem(409, "staff-username-taken");
        assertThat(accounts.groups(workerId)).isEmpty();
        assertThat(accounts.realmRoles(workerId)).doesNotContain("station-staff");
    }
}
