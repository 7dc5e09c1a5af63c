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
import tools.jackson.databind.node.ObjectNode;

/**
 * An employer's own drafts: only it rewrites, publishes (verified only, 双实名) or discards them; another employer's
 * draft is not found to it, a published job is no draft any more, and bad input changes nothing.
 */
class EmployerDraftsTests extends TenantCoreTests {

    private static final KeycloakTestUsers USERS = new KeycloakTestUsers();

    @AfterAll
    static void deleteUsers() {
        USERS.close();
    }

    @Test
    void theOwnerRevisesPublishesAndDiscardsItsDraftsOthersCannot() {
        String city = TestTenants.uniqueCode();
        String admin = TestTenants.onboard(api(), city, "32", "321300");
        Map<String, String> in = Map.of("X-Lingong-Tenant", city);
        String owner = Api.userToken(USERS.create(city + "-owner", "employer", city), KeycloakTestUsers.PASSWORD);
        String other = Api.userToken(USERS.create(city + "-other", "employer", city), KeycloakTestUsers.PASSWORD);
        api().call("PUT", "/api/v1/employers/me", owner, in,
                TestEmployers.profile("宿迁市草稿家政服务有限公司", "91321300MA1DRF01X"))
                .expect(200);
        TestEmployers.verified(api(), other, admin, in,
                TestEmployers.profile("宿迁市别家物流有限公司", "91321300MA1DRF02X"));

        ObjectNode own = JobsTests.posting();
        own.putObject("source").put("channel", "EMPLOYER");
        own.remove("priorityGroups");
        String draft = api().call("POST", "/api/v1/jobs", owner, in, own.deepCopy().put("draft", true)).expect(201)
                .body().get("id").asString();
        String path = "/api/v1/employers/me/jobs/" + draft;

        // Unverified, the owner rewrites its draft but does not publish it.
        ObjectNode revised = own.deepCopy().put("title", "仓库分拣（改）").put("slots", 3);
        assertThat(api().call("PUT", path, owner, in, revised).expect(200).body().get("title").asString())
                .isEqualTo("仓库分拣（改）");
        api().call("POST", path + "/publish", owner, in, null).expectProblem(403, "employer-unverified");

        // Another employer — verified, of the same city — neither sees, rewrites, publishes nor discards it.
        api().get(path, other, in).expectProblem(404, "job-not-found");
        api().call("PUT", path, other, in, own).expectProblem(404, "job-not-found");
        api().call("POST", path + "/publish", other, in, null).expectProblem(404, "job-not-found");
        api().call("DELETE", path, other, in, null).expectProblem(404, "job-not-found");
        // Nor do staff through the employer's endpoints, nor does anyone as another source or on someone's behalf.
        api().call("PUT", path, admin, in, own).expect(403);
        api().call("PUT", path, owner, in, JobsTests.posting()).expectProblem(400, "employer-source-channel");
        api().call("PUT", path, owner, in, own.deepCopy().put("slots", 0)).expectProblem(400, "invalid-request");
        api().call("PUT", path, owner, in, own.deepCopy().put("category", "no_such_trade"))
                .expectProblem(400, "unknown-category");
        assertThat(api().get(path, owner, in).expect(200).body().get("title").asString()).isEqualTo("仓库分拣（改）");

        // Verified, it publishes the draft as revised; a published job is no draft to rewrite or discard.
        TestEmployers.verified(api(), owner, admin, in,
                TestEmployers.profile("宿迁市草稿家政服务有限公司", "91321300MA1DRF01X"));
        var published = api().call("POST", path + "/publish", owner, in, null).expect(200).body();
        assertThat(published.get("status").asString()).isEqualTo("OPEN");
        assertThat(published.get("slots").asInt()).isEqualTo(3);
        api().call("POST", path + "/publish", owner, in, null).expectProblem(409, "job-not-draft");
        api().call("PUT", path, owner, in, own).expectProblem(409, "job-not-draft");
        api().call("DELETE", path, owner, in, null).expectProblem(409, "job-not-draft");

        String second = api().call("POST", "/api/v1/jobs", owner, in, own.deepCopy().put("draft", true)).expect(201)
                .body().get("id").asString();
        api().call("DELETE", "/api/v1/employers/me/jobs/" + second, owner, in, null).expect(204);
        api().call("DELETE", "/api/v1/employers/me/jobs/" + second, owner, in, null)
                .expectProblem(404, "job-not-found");
        assertThat(api().get("/api/v1/employers/me/jobs", owner, in).body().get("items").valueStream()
                .map(job -> job.get("id").asString())).containsExactly(draft);
    }
}
