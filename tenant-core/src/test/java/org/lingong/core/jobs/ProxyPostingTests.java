package org.lingong.core.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.TenantCoreTests;
import org.lingong.core.TestTenants;
import org.lingong.core.people.KeycloakTestUsers;
import org.lingong.core.people.TestEmployers;
import org.lingong.core.people.checks.CreditCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 代发布: station staff post a job on behalf of an employer who phones or walks in. The job is the employer's, shows it
 * was posted by staff without naming them, is audited with the staff account, and follows the employer's 双实名 rule.
 */
class ProxyPostingTests extends TenantCoreTests {

    private static final KeycloakTestUsers USERS = new KeycloakTestUsers();

    @AfterAll
    static void deleteUsers() {
        USERS.close();
    }

    private static ObjectNode profile(String first17) {
        return Api.JSON.createObjectNode().put("legalName", "宿迁市好帮手家政服务有限公司")
                .put("creditCode", first17 + CreditCode.checkCharacter(first17)).put("contactName", "王经理")
                .put("contactPhone", "13712345678").put("legalRepresentative", "李法人");
    }

    private static ObjectNode onBehalfOf(String employerId) {
        ObjectNode posting = JobsTests.posting().put("onBehalfOf", employerId);
        posting.putObject("source").put("channel", "EMPLOYER");
        return posting;
    }

    @Test
    void staffPostForAVerifiedEmployerWhoSeesItAmongItsOwnJobs() {
        String city = TestTenants.uniqueCode();
        String admin = TestTenants.onboard(api(), city, "32", "321300");
        Map<String, String> in = Map.of("X-Lingong-Tenant", city);
        String staffAccount = USERS.create(city + "-desk", "station-staff", city);
        String staff = Api.userToken(staffAccount, KeycloakTestUsers.PASSWORD);
        String employer = Api.userToken(USERS.create(city + "-boss", "employer", city), KeycloakTestUsers.PASSWORD);
        String employerId = TestEmployers.verified(api(), employer, admin, in, profile("91321300MA1PRX01X"));

        // The desk finds the employer by part of its name, among the verified ones; the text is taken literally.
        assertThat(api().get("/api/v1/employers?status=VERIFIED&q=好帮手家政", staff, in).expect(200).body()
                .get("items").valueStream().map(found -> found.get("id").asString())).containsExactly(employerId);
        assertThat(api().get("/api/v1/employers?q=%25", staff, in).expect(200).body().get("total").asLong()).isZero();
        api().get("/api/v1/employers?q=" + "好".repeat(51), staff, in).expectProblem(400, "employers-query-too-long");

        JsonNode job = api().call("POST", "/api/v1/jobs", staff, in, onBehalfOf(employerId)).expect(201).body();
        assertThat(job.get("employerId").asString()).isEqualTo(employerId);
        assertThat(job.get("poster").asString()).isEqualTo("STAFF");
        assertThat(job.get("status").asString()).isEqualTo("OPEN");
        String id = job.get("id").asString();
        // The public view says staff posted it for the employer, and nothing of who the staff member is.
        JsonNode shown = api().get("/api/v1/jobs/" + id, null, in).expect(200).body();
        assertThat(shown.get("poster").asString()).isEqualTo("STAFF");
        assertThat(shown.toString()).doesNotContain(staffAccount).doesNotContain(city + "-desk");

        JsonNode own = api().call("POST", "/api/v1/jobs", employer, in,
                JobsTests.posting().put("title", "自主发布：家政保洁").set("source",
                        Api.JSON.createObjectNode().put("channel", "EMPLOYER"))).expect(201).body();
        assertThat(own.get("poster").asString()).isEqualTo("EMPLOYER");
        assertThat(api().get("/api/v1/employers/me/jobs", employer, in).expect(200).body().get("items").valueStream()
                .map(found -> found.get("id").asString() + " " + found.get("poster").asString()))
                .containsExactly(own.get("id").asString() + " EMPLOYER", id + " STAFF");

        JsonNode audited = api().get("/api/v1/audit-events", admin, in).body().get("items");
        assertThat(audited.valueStream().filter(e -> e.get("action").asString().equals("job.posted-on-behalf"))
                .map(e -> e.get("target").asString() + " " + e.get("detail").asString()))
                .containsExactly(id + " employer " + employerId);
    }

    @Test
    void anUnverifiedEmployerGetsDraftsOnlyAndEmployersCannotPostForOthers() {
        String city = TestTenants.uniqueCode();
        String admin = TestTenants.onboard(api(), city, "32", "321300");
        Map<String, String> in = Map.of("X-Lingong-Tenant", city);
        String employer = Api.userToken(USERS.create(city + "-new", "employer", city), KeycloakTestUsers.PASSWORD);
        String unverified = api().call("PUT", "/api/v1/employers/me", employer, in, profile("91321300MA1PRX02X"))
                .expect(200).body().get("id").asString();

        api().call("POST", "/api/v1/jobs", admin, in, onBehalfOf(unverified)).expectProblem(403, "employer-unverified");
        JsonNode draft = api().call("POST", "/api/v1/jobs", admin, in, onBehalfOf(unverified).put("draft", true))
                .expect(201).body();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        api().call("POST", "/api/v1/jobs/" + draft.get("id").asString() + "/publish", admin, in, null)
                .expectProblem(403, "employer-unverified");
        // The job is the employer's, so it comes from the employer channel, not from an agency's name.
        api().call("POST", "/api/v1/jobs", admin, in, JobsTests.posting().put("onBehalfOf", unverified)
                .put("draft", true)).expectProblem(400, "employer-source-channel");

        // An employer posts its own jobs only, not for itself or any other by id.
        api().call("POST", "/api/v1/jobs", employer, in, onBehalfOf(unverified).put("draft", true))
                .expectProblem(403, "on-behalf-staff-only");
        api().call("POST", "/api/v1/jobs", admin, in, onBehalfOf("00000000-0000-4000-8000-000000000000"))
                .expectProblem(404, "employer-not-found");
    }

    /** Tenant isolation: an employer of another city is not found, even verified, even by that city's own staff. */
    @Test
    void anEmployerOfAnotherCityIsNotFound() {
        String city = TestTenants.uniqueCode();
        String admin = TestTenants.onboard(api(), city, "32", "321300");
        String other = TestTenants.uniqueCode();
        String otherAdmin = TestTenants.onboard(api(), other, "32", "321300");
        Map<String, String> inOther = Map.of("X-Lingong-Tenant", other);
        String employer = Api.userToken(USERS.create(other + "-boss", "employer", other), KeycloakTestUsers.PASSWORD);
        String elsewhere = TestEmployers.verified(api(), employer, otherAdmin, inOther, profile("91321300MA1PRX03X"));

        Map<String, String> in = Map.of("X-Lingong-Tenant", city);
        assertThat(api().get("/api/v1/employers?q=好帮手", admin, in).expect(200).body().get("total").asLong()).isZero();
        api().call("POST", "/api/v1/jobs", admin, in, onBehalfOf(elsewhere)).expectProblem(404, "employer-not-found");
        api().call("POST", "/api/v1/jobs", admin, in, onBehalfOf(elsewhere).put("draft", true))
                .expectProblem(404, "employer-not-found");
        // The other city's admin cannot reach into this city by naming it either.
        api().call("POST", "/api/v1/jobs", otherAdmin, in, onBehalfOf(elsewhere)).expect(403);
        assertThat(api().get("/api/v1/employers/me/jobs", employer, inOther).expect(200).body().get("total").asLong())
                .isZero();
        assertThat(api().get("/api/v1/employers/me/jobs", employer, in).status()).isEqualTo(403);
    }
}
