package org.lingong.core.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.core.contracts.ContractWorld.expect;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lingong.core.TenantCoreTests;
import org.lingong.core.people.KeycloakTestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Tamper evidence: a stored row changed with plain SQL, behind the service's back, is found by verification. */
class ContractChainTests extends TenantCoreTests {

    private static final KeycloakTestUsers USERS = new KeycloakTestUsers();

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void deleteUsers() {
        USERS.close();
    }

    @Test
    void aChangedWageInASignedContractIsDetected() {
        ContractWorld world = new ContractWorld(api(), USERS);
        world.signedByBoth();
        JsonNode before = expect(api().get("/api/v1/contracts/verify", world.admin, world.in()), 200).body();
        assertThat(before.get("intact").asBoolean()).isTrue();
        assertThat(before.get("entriesChecked").asLong()).isEqualTo(3);

        assertThat(jdbc.sql("update t_" + world.city + ".contract set body = replace(body, '180.00 元', '18.00 元')")
                .update()).isEqualTo(1);

        JsonNode one = expect(world.get("/contract/verify", world.worker), 200).body();
        assertThat(one.get("intact").asBoolean()).isFalse();
        assertThat(one.at("/firstBreak/problem").asString()).isEqualTo("CONTENT_CHANGED");
        assertThat(one.at("/firstBreak/orderId").asString()).isEqualTo(world.orderId);
        JsonNode all = expect(api().get("/api/v1/contracts/verify", world.admin, world.in()), 200).body();
        assertThat(all.get("intact").asBoolean()).isFalse();
        assertThat(all.at("/firstBreak/seq").asLong()).isEqualTo(1);
        assertThat(all.at("/firstBreak/problem").asString()).isEqualTo("CONTENT_CHANGED");
        assertThat(all.get("entriesChecked").asLong()).isZero();
    }

    @Test
    void aRewrittenChainEntryOrSignatureIsDetectedAtItsLink() {
        ContractWorld world = new ContractWorld(api(), USERS);
        world.signedByBoth();
        String schema = "t_" + world.city;

        // Someone recomputes nothing and just moves the worker's signature time: the signature no longer matches.
        jdbc.sql("update " + schema + ".contract_signature set signed_at = signed_at - interval '1 day' where role = 'WORKER'")
                .update();
        JsonNode signature = expect(api().get("/api/v1/contracts/verify", world.admin, world.in()), 200).body();
        assertThat(signature.at("/firstBreak/problem").asString()).isEqualTo("SIGNATURE_CHANGED");
        assertThat(signature.at("/firstBreak/seq").asLong()).isEqualTo(1);
        jdbc.sql("update " + schema + ".contract_signature set signed_at = signed_at + interval '1 day' where role = 'WORKER'")
                .update();
        assertThat(expect(api().get("/api/v1/contracts/verify", world.admin, world.in()), 200).body()
                .get("intact").asBoolean()).isTrue();

        // Rewriting an entry's data together with its own hash still breaks the next entry's link.
        jdbc.sql("update " + schema + ".contract_chain set entry_hash = repeat('a', 64) where seq = 2").update();
        JsonNode chain = expect(api().get("/api/v1/contracts/verify", world.admin, world.in()), 200).body();
        assertThat(chain.get("intact").asBoolean()).isFalse();
        assertThat(chain.at("/firstBreak/seq").asLong()).isEqualTo(2);
        assertThat(chain.at("/firstBreak/problem").asString()).isEqualTo("ENTRY_CHANGED");
        assertThat(chain.get("entriesChecked").asLong()).isEqualTo(1);
    }

    @Test
    void onlyTheCityAdministratorVerifiesTheWholeChain() {
        ContractWorld world = new ContractWorld(api(), USERS);
        assertThat(api().get("/api/v1/contracts/verify", world.worker, world.in()).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/contracts/verify", world.employer, world.in()).status()).isEqualTo(403);
    }
}
