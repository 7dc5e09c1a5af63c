package org.lingong.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.TenantCoreTests;
import org.lingong.core.TestTenants;
import tools.jackson.databind.node.ObjectNode;

/** 常用地址: an employer keeps up to 20 places of its own; another employer neither sees nor changes them. */
class EmployerAddressesTests extends TenantCoreTests {

    private static final KeycloakTestUsers USERS = new KeycloakTestUsers();
    private static final String PATH = "/api/v1/employers/me/addresses";

    @AfterAll
    static void deleteUsers() {
        USERS.close();
    }

    @Test
    void anEmployerKeepsItsOwnAddressesWithinTheLimit() {
        String city = TestTenants.uniqueCode();
        TestTenants.onboard(api(), city, "32", "321300");
        Map<String, String> in = Map.of("X-Lingong-Tenant", city);
        String owner = Api.userToken(USERS.create(city + "-owner", "employer", city), KeycloakTestUsers.PASSWORD);
        String other = Api.userToken(USERS.create(city + "-other", "employer", city), KeycloakTestUsers.PASSWORD);

        api().call("POST", PATH, owner, in, place("总店", 33.9631)).expectProblem(409, "employer-profile-required");
        api().call("PUT", "/api/v1/employers/me", owner, in,
                TestEmployers.profile("宿迁市地址测试商贸有限公司", "91321300MA1ADR01X"))
                .expect(200);
        api().call("PUT", "/api/v1/employers/me", other, in,
                TestEmployers.profile("宿迁市另一家商贸有限公司", "91321300MA1ADR02X"))
                .expect(200);

        String shop = api().call("POST", PATH, owner, in, place("总店", 33.9631)).expect(201).body().get("id")
                .asString();
        api().call("POST", PATH, owner, in, place("总店", 33.97)).expectProblem(409, "already-exists");
        api().call("POST", PATH, owner, in, place("仓库", 60.0)).expectProblem(400, "invalid-request");
        api().call("POST", PATH, owner, in, place(" ", 33.97)).expectProblem(400, "invalid-request");
        api().call("POST", PATH, owner, in, place("<b>仓库</b>".repeat(3), 33.97)).expectProblem(400, "invalid-request");
        var changed = api().call("PUT", PATH + "/" + shop, owner, in, place("总店", 33.9700)).expect(200).body();
        assertThat(changed.get("latitude").asDouble()).isEqualTo(33.97);

        // The other employer sees none of them and cannot touch them.
        assertThat(api().get(PATH, other, in).expect(200).body().size()).isZero();
        api().call("PUT", PATH + "/" + shop, other, in, place("抢走", 33.9)).expectProblem(404,
                "employer-address-not-found");
        api().call("DELETE", PATH + "/" + shop, other, in, null).expectProblem(404, "employer-address-not-found");

        for (int i = 1; i < 20; i++) {
            api().call("POST", PATH, owner, in, place("仓库" + i, 33.9 + i / 1000.0)).expect(201);
        }
        api().call("POST", PATH, owner, in, place("仓库20", 33.95)).expectProblem(409, "employer-addresses-full");
        var mine = api().get(PATH, owner, in).expect(200).body();
        assertThat(mine.size()).isEqualTo(20);
        assertThat(mine.get(0).get("label").asString()).isEqualTo("总店");

        api().call("DELETE", PATH + "/" + shop, owner, in, null).expect(204);
        api().call("POST", PATH, owner, in, place("仓库20", 33.95)).expect(201);
        assertThat(api().get(PATH, owner, in).body().valueStream().map(found -> found.get("label").asString()))
                .hasSize(20).doesNotContain("总店");
    }

    private static ObjectNode place(String label, double latitude) {
        return Api.JSON.createObjectNode().put("label", label).put("address", "宿迁市宿城区洋河南路 8 号")
                .put("latitude", latitude).put("longitude", 118.2752);
    }
}
