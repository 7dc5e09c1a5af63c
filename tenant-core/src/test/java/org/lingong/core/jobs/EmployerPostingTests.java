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
 * 双实名: an employer publishes its own jobs only once the city has verified it, and only as the employer channel;
 * before, it may keep drafts.
 */
class EmployerPostingTests extends TenantCoreTests {

    private static final KeycloakTestUsers USERS = new KeycloakTestUsers();

    @AfterAll
    static void deleteUsers() {
        USERS.close();
    }

    @Test
    void anUnverifiedEmployerCannotPublishAVerifiedOneCan() {
        String city = TestTenants.uniqueCode();
        String admin = TestTenants.onboard(api(), city, "32", "321300");
        String employer = Api.userToken(USERS.create(city + "-boss", "employer", city), KeycloakTestUsers.PASSWORD);
        Map<String, String> in = Map.of("X-Lingong-Tenant", city);
        String first17 = "91321300MA1EMP01X";
        ObjectNode profile = Api.JSON.createObjectNode().put("legalName", "宿迁市好帮手家政服务有限公司")
                .put("creditCode", first17 + CreditCode.checkCharacter(first17)).put("contactName", "王经理")
                .put("contactPhone", "13712345678");

        ObjectNode own = JobsTests.posting();
        own.putObject("source").put("channel", "EMPLOYER");
        api().call("POST", "/api/v1/jobs", employer, in, own.deepCopy().put("draft", true))
                .expectProblem(409, "employer-profile-required");
        api().call("PUT", "/api/v1/employers/me", employer, in, profile.deepCopy().put("legalRepresentative", "李法人"))
                .expect(200);
        api().call("POST", "/api/v1/jobs", employer, in, own).expectProblem(403, "employer-unverified");
        // Under review it keeps drafts, which nobody publishes before the employer is verified.
        String draft = api().call("POST", "/api/v1/jobs", employer, in,
                own.deepCopy().put("draft", true).put("title", "草稿：家政保洁")).expect(201)
                .body().get("id").asString();
        api().call("POST", "/api/v1/jobs/" + draft + "/publish", admin, in, null)
                .expectProblem(403, "employer-unverified");

        String employerId = TestEmployers.verified(api(), employer, admin, in, profile);
        assertThat(api().call("POST", "/api/v1/jobs/" + draft + "/publish", admin, in, null).expect(200)
                .body().get("status").asString()).isEqualTo("OPEN");
        Api.Response posted = api().call("POST", "/api/v1/jobs", employer, in, own);
        assertThat(posted.status()).isEqualTo(201);
        JsonNode job = posted.body();
        assertThat(job.get("employerId").asString()).isEqualTo(employerId);
        assertThat(job.at("/source/channel").asString()).isEqualTo("EMPLOYER");
        // Staff find it by the employer's registered name, which the job itself does not carry.
        assertThat(api().get("/api/v1/jobs?q=好帮手家政", admin, in).body().get("items").valueStream()
                .map(found -> found.get("id").asString())).containsExactlyInAnyOrder(job.get("id").asString(), draft);

        Api.Response asAgency = api().call("POST", "/api/v1/jobs", employer, in, JobsTests.posting());
        assertThat(asAgency.status()).isEqualTo(400);
        assertThat(asAgency.body().get("type").asString()).endsWith("/employer-source-channel");
    }
}
