package org.lingong.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.lingong.core.people.KeycloakTestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class OnboardingTests extends TenantCoreTests {

    @Autowired
    JdbcClient jdbc;

    private boolean routed(String code) {
        JsonNode routes = api().get("/internal/v1/tenant-routes", Api.serviceToken(), Map.of()).body();
        return routes.get("tenants").valueStream().anyMatch(t -> t.get("code").asString().equals(code));
    }

    @Test
    void opensACityInOneRequest() {
        String code = TestTenants.uniqueCode();
        Api.Response accepted = api().call("POST", "/api/v1/platform/onboardings",
                Api.userToken("platform-admin", "demo"), Map.of(), TestTenants.request(code));
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.header("Location")).isEqualTo("/api/v1/platform/onboardings/" + code);

        JsonNode progress = TestTenants.awaitFinished(api(), code);
        assertThat(progress.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(progress.get("percent").asInt()).isEqualTo(100);
        assertThat(progress.get("log").valueStream().map(l -> l.get("message").asString()))
                .anyMatch(m -> m.contains("finished ACTIVATE"));

        // Its own schema, migrated, with the onboarding in its audit trail.
        assertThat(jdbc.sql("select action from t_" + code + ".audit_event").query(String.class).list())
                .contains("tenant.onboarded");
        // Its first administrator can sign in, and the token carries the tenant membership and role.
        JsonNode claims = Api.claims(Api.userToken(code + "-admin", "test-pass-1"));
        assertThat(claims.get("tenant").asString()).isEqualTo(code);
        assertThat(claims.at("/realm_access/roles").valueStream().map(JsonNode::asString)).contains("city-admin");
        // Its search alias was requested by the platform's service account.
        assertThat(search.requests).contains("PUT /internal/v1/tenants/" + code + "/alias auth=true");
        // Default branding filled in, and the gateway will route it.
        JsonNode profile = api().get("/api/v1/tenant", null, Map.of("X-Lingong-Tenant", code)).body();
        assertThat(profile.at("/branding/brandName").asString()).isEqualTo("测试零工");
        assertThat(profile.at("/branding/primaryColor").asString()).isEqualTo("#C8102E");
        assertThat(routed(code)).isTrue();
    }

    @Test
    void repeatingTheRequestRepairsAndADifferentRegistrationIsRefused() {
        String code = TestTenants.uniqueCode();
        String admin = Api.userToken("platform-admin", "demo");
        api().call("POST", "/api/v1/platform/onboardings", admin, Map.of(), TestTenants.request(code));
        assertThat(TestTenants.awaitFinished(api(), code).get("status").asString()).isEqualTo("SUCCEEDED");

        search.requests.clear();
        Api.Response again = api().call("POST", "/api/v1/platform/onboardings", admin, Map.of(), TestTenants.request(code));
        assertThat(again.status()).isEqualTo(202);
        assertThat(TestTenants.awaitFinished(api(), code).get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(search.requests).as("a repeated request repairs what may have drifted: the search alias and documents")
                .contains("PUT /internal/v1/tenants/" + code + "/alias auth=true",
                        "POST /internal/v1/tenants/" + code + "/reindex auth=true");
        assertThat(routed(code)).as("the city stays routed throughout").isTrue();

        ObjectNode other = TestTenants.request(code).put("nameZh", "另一个市");
        Api.Response conflict = api().call("POST", "/api/v1/platform/onboardings", admin,
                Map.of("Accept-Language", "en"), other);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body().get("type").asString()).endsWith("/tenant-exists");
        assertThat(conflict.body().at("/titles/zh").asString()).isEqualTo("城市代码已被占用");
        assertThat(conflict.body().get("title").asString()).isEqualTo("City code already taken");
    }

    @Test
    void aFailingSearchStopsOnboardingWithoutAHalfTenantAndTheSameRequestResumesIt() {
        String code = TestTenants.uniqueCode();
        String admin = Api.userToken("platform-admin", "demo");
        search.status = 503;
        try {
            api().call("POST", "/api/v1/platform/onboardings", admin, Map.of(), TestTenants.request(code));
            JsonNode failed = TestTenants.awaitFinished(api(), code);
            assertThat(failed.get("status").asString()).isEqualTo("FAILED");
            assertThat(failed.get("step").asString()).isEqualTo("SEARCH_ALIAS");
            assertThat(failed.get("error").asString()).contains("503");
            assertThat(routed(code)).isFalse();
            assertThat(api().get("/api/v1/tenant", null, Map.of("X-Lingong-Tenant", code)).status()).isEqualTo(404);
        } finally {
            search.status = 200;
        }
        api().call("POST", "/api/v1/platform/onboardings", admin, Map.of(), TestTenants.request(code));
        JsonNode resumed = TestTenants.awaitFinished(api(), code);
        assertThat(resumed.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(resumed.get("log").valueStream().map(l -> l.get("message").asString()))
                .filteredOn(m -> m.contains("starting SCHEMA")).hasSize(1);
        assertThat(routed(code)).isTrue();
    }

    @Test
    void badInputIsAProblemAndWritesNothing() {
        String admin = Api.userToken("platform-admin", "demo");
        String code = TestTenants.uniqueCode();
        Api.Response invalid = api().call("POST", "/api/v1/platform/onboardings", admin, Map.of(),
                TestTenants.request(code).put("code", "suqian;drop schema platform").put("provinceCode", "3"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
        assertThat(invalid.body().get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("code", "provinceCode");

        Api.Response wrongProvince = api().call("POST", "/api/v1/platform/onboardings", admin, Map.of(),
                TestTenants.request(code).put("provinceCode", "34"));
        assertThat(wrongProvince.status()).isEqualTo(400);
        assertThat(wrongProvince.body().get("type").asString()).endsWith("/unknown-province");

        Api.Response notJson = api().call("POST", "/api/v1/platform/onboardings", admin, Map.of(), "{not json");
        assertThat(notJson.status()).isEqualTo(400);

        assertThat(jdbc.sql("select count(*) from platform.tenant where code = ?").param(code)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void offboardingExportsFirstThenDropsTheCityAndLocksItsUsersOut() throws Exception {
        String code = TestTenants.uniqueCode();
        String cityAdmin = TestTenants.onboard(api(), code, "32", "321300");
        String platform = Api.userToken("platform-admin", "demo");
        assertThat(api().call("POST", "/api/v1/platform/tenants/" + code + "/offboard", platform, Map.of(), null)
                .status()).as("an active city must be suspended first").isEqualTo(409);
        api().call("POST", "/api/v1/platform/tenants/" + code + "/suspend", platform, Map.of(), null);

        Api.Response offboarded = api().call("POST", "/api/v1/platform/tenants/" + code + "/offboard", platform,
                Map.of(), null);
        assertThat(offboarded.status()).isEqualTo(200);
        assertThat(offboarded.body().get("status").asString()).isEqualTo("OFFBOARDED");
        assertThat(offboarded.body().at("/exportedRows/audit_event").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(offboarded.body().get("disabledUsers").asInt()).isEqualTo(1);

        String exportName = offboarded.body().get("export").asString();
        Api.Response download = api().get("/api/v1/platform/tenants/" + code + "/exports/" + exportName, platform, Map.of());
        assertThat(download.status()).isEqualTo(200);
        assertThat(api().get("/api/v1/platform/tenants/" + code + "/exports/..%2F..%2Fetc%2Fpasswd", platform, Map.of())
                .status()).isIn(400, 404);

        assertThat(jdbc.sql("select count(*) from pg_namespace where nspname = ?").param("t_" + code)
                .query(Integer.class).single()).isZero();
        assertThat(routed(code)).isFalse();
        assertThat(search.requests).contains("DELETE /internal/v1/tenants/" + code + "/alias auth=true");
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> Api.userToken(code + "-admin", "test-pass-1"));
        assertThat(api().get("/api/v1/tenant", cityAdmin, Map.of("X-Lingong-Tenant", code)).status()).isEqualTo(404);
    }

    @Test
    void anotherCitysAdministratorIsRefusedAsTheFirstAdminAndStaysAsItWas() {
        String cityA = TestTenants.uniqueCode();
        TestTenants.onboard(api(), cityA, "32", "321300");
        try (KeycloakTestUsers accounts = new KeycloakTestUsers()) {
            JsonNode before = accounts.find(cityA + "-admin");
            String id = before.get("id").asString();

            String cityB = TestTenants.uniqueCode();
            ObjectNode takeover = TestTenants.request(cityB, "34", "340400");
            ((ObjectNode) takeover.get("admin")).put("username", cityA + "-admin");
            Api.Response refused = api().call("POST", "/api/v1/platform/onboardings",
                    Api.userToken("platform-admin", "demo"), Map.of("Accept-Language", "en"), takeover);

            refused.expectProblem(409, "admin-username-taken");
            assertThat(refused.body().at("/errors/0/field").asString()).isEqualTo("admin.username");
            assertThat(refused.body().get("detail").asString()).contains(cityA + "-admin");
            JsonNode after = accounts.find(cityA + "-admin");
            assertThat(after.get("attributes")).isEqualTo(before.get("attributes"));
            assertThat(accounts.groups(id)).containsExactly("city-admin");
            assertThat(jdbc.sql("select count(*) from platform.tenant where code = ?").param(cityB)
                    .query(Integer.class).single()).as("nothing of city B").isZero();
        }
    }

    @Test
    void aWorkersNationalAccountIsRefusedAsAFirstAdminAndGetsNoCityRole() {
        try (KeycloakTestUsers accounts = new KeycloakTestUsers()) {
            String worker = accounts.create(TestTenants.uniqueCode() + "-worker", null, java.util.List.of("worker"));
            String id = accounts.find(worker).get("id").asString();
            String code = TestTenants.uniqueCode();
            ObjectNode takeover = TestTenants.request(code);
            ((ObjectNode) takeover.get("admin")).put("username", worker);

            api().call("POST", "/api/v1/platform/onboardings", Api.userToken("platform-admin", "demo"), Map.of(),
                    takeover).expectProblem(409, "admin-username-taken");

            assertThat(accounts.realmRoles(id)).contains("worker").doesNotContain("city-admin");
            assertThat(accounts.groups(id)).isEmpty();
            assertThat(accounts.find(worker).has("attributes")).as("still no city").isFalse();
        }
    }

    @Test
    void aFirstAdminsPasswordTheRealmRefusesIsAProblemAtItsField() {
        String code = TestTenants.uniqueCode();
        ObjectNode request = TestTenants.request(code);
        ((ObjectNode) request.get("admin")).put("password", code + "-admin");
        Api.Response refused = api().call("POST", "/api/v1/platform/onboardings",
                Api.userToken("platform-admin", "demo"), Map.of(), request);
        refused.expectProblem(400, "password-policy");
        assertThat(refused.body().at("/errors/0/field").asString()).isEqualTo("admin.password");
        assertThat(jdbc.sql("select count(*) from platform.tenant where code = ?").param(code)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void onlyPlatformAdminsOnboard() {
        assertThat(api().call("POST", "/api/v1/platform/onboardings", null, Map.of(), TestTenants.request(TestTenants.uniqueCode())).status())
                .isEqualTo(401);
        Api.Response worker = api().call("POST", "/api/v1/platform/onboardings",
                Api.userToken("worker-zhang", "demo"), Map.of(), TestTenants.request(TestTenants.uniqueCode()));
        assertThat(worker.status()).isEqualTo(403);
        assertThat(worker.body().get("type").asString()).endsWith("/forbidden");
    }
}
