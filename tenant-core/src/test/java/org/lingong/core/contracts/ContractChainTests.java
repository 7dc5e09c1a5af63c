package org.lingong.core.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.core.contracts.ContractWorld.expect;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.TenantCoreTests;
import org.lingong.core.people.KeycloakTestUsers;
import org.lingong.core.tenancy.TenantContext;
import org.lingong.core.tenancy.TenantMigrations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Tamper evidence: a stored row changed with plain SQL, behind the service's back, is found by verification, and so is
 * a chain recomputed after the change by anyone without the chain's key.
 */
class ContractChainTests extends TenantCoreTests {

    private static final KeycloakTestUsers USERS = new KeycloakTestUsers();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChainKeys keys;

    @Autowired
    TenantMigrations migrations;

    /** How an attacker recomputes an entry's hash from its parts. */
    private interface Recompute {
        String hash(String keyId, String previous, String content, String data, Instant recordedAt);
    }

    /** SHA-256 over the parts, as the chain was computed before it had a key. */
    private static final Recompute PLAIN = (keyId, previous, content, data, at) ->
            Sha256.hex(String.join("\u001f", previous, content, data, at.toString()));

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
    void aContractRewrittenWithItsChainRecomputedWithoutTheKeyIsDetected() {
        ContractWorld world = new ContractWorld(api(), USERS);
        world.signedByBoth();
        String schema = "t_" + world.city;
        rewriteWageConsistently(schema);

        // Database write access: the chain recomputed with SHA-256, each entry keeping its key id.
        recomputeChain(schema, (keyId, previous, content, data, at) ->
                Sha256.hex(ChainEntry.signedText(keyId, previous, content, data, at)));
        assertBrokenAt(world, 1, "ENTRY_CHANGED");
        JsonNode one = expect(world.get("/contract/verify", world.employer), 200).body();
        assertThat(one.get("intact").asBoolean()).isFalse();
        assertThat(one.at("/firstBreak/problem").asString()).isEqualTo("ENTRY_CHANGED");

        // ... or passed off as entries from before the chain had a key.
        jdbc.sql("alter table " + schema + ".contract_chain alter column key_id drop not null").update();
        jdbc.sql("update " + schema + ".contract_chain set key_id = null").update();
        recomputeChain(schema, PLAIN);
        assertBrokenAt(world, 1, "KEY_UNKNOWN");

        // What the chain does not prove: whoever holds the key as well can rewrite it (docs/security.md).
        recomputeChain(schema, (keyId, previous, content, data, at) -> keys.mac(keys.currentId(),
                ChainEntry.signedText(keys.currentId(), previous, content, data, at)).orElseThrow());
        jdbc.sql("update " + schema + ".contract_chain set key_id = ?").param(keys.currentId()).update();
        assertThat(expect(api().get("/api/v1/contracts/verify", world.admin, world.in()), 200).body()
                .get("intact").asBoolean()).isTrue();
    }

    @Test
    void anUnkeyedChainIsKeyedByTheMigrationAndABreakInItStaysABreak() {
        ContractWorld intact = new ContractWorld(api(), USERS);
        intact.signedByBoth();
        makeUnkeyed("t_" + intact.city);
        assertBrokenAt(intact, 1, "KEY_UNKNOWN");

        migrateAgain(intact.city);
        JsonNode keyed = expect(api().get("/api/v1/contracts/verify", intact.admin, intact.in()), 200).body();
        assertThat(keyed.get("intact").asBoolean()).isTrue();
        assertThat(keyed.get("entriesChecked").asLong()).isEqualTo(3);
        assertThat(keyIdNullable("t_" + intact.city)).as("every entry keyed: the column is required again").isFalse();

        ContractWorld broken = new ContractWorld(api(), USERS);
        broken.signedByBoth();
        String schema = "t_" + broken.city;
        makeUnkeyed(schema);
        // Changed before the upgrade, and not recomputed: re-keying must not launder it.
        jdbc.sql("update " + schema + ".contract_chain set signature_data = signature_data || ' ' where seq = 2").update();

        migrateAgain(broken.city);
        assertBrokenAt(broken, 2, "LINK_BROKEN");
        assertThat(jdbc.sql("select count(*) from " + schema + ".contract_chain where key_id is null")
                .query(Long.class).single()).isEqualTo(2);
        assertThat(keyIdNullable(schema)).isTrue();
    }

    @Test
    void onlyTheCityAdministratorVerifiesTheWholeChain() {
        ContractWorld world = new ContractWorld(api(), USERS);
        assertThat(api().get("/api/v1/contracts/verify", world.worker, world.in()).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/contracts/verify", world.employer, world.in()).status()).isEqualTo(403);
    }

    private void assertBrokenAt(ContractWorld world, long seq, String problem) {
        JsonNode all = expect(api().get("/api/v1/contracts/verify", world.admin, world.in()), 200).body();
        assertThat(all.get("intact").asBoolean()).isFalse();
        assertThat(all.at("/firstBreak/seq").asLong()).isEqualTo(seq);
        assertThat(all.at("/firstBreak/problem").asString()).isEqualTo(problem);
        assertThat(all.get("entriesChecked").asLong()).isEqualTo(seq - 1);
    }

    /** The wage in the signed contract lowered, and every stored hash of the text made to match the new text. */
    private void rewriteWageConsistently(String schema) {
        jdbc.sql("update " + schema + ".contract set body = replace(body, '180.00 元', '18.00 元')").update();
        record Text(String title, String body) {
        }
        Text text = jdbc.sql("select title, body from " + schema + ".contract").query(Text.class).single();
        String hash = Contract.canonicalHash(text.title(), text.body());
        jdbc.sql("update " + schema + ".contract set content_hash = ?").param(hash).update();
        jdbc.sql("update " + schema + ".contract_signature set document_hash = ?").param(hash).update();
        jdbc.sql("update " + schema + ".contract_chain set content_hash = ?, signature_data = regexp_replace("
                + "signature_data, 'documentHash=[0-9a-f]{64}', 'documentHash=' || ?, 'g')").params(hash, hash).update();
    }

    /** Every entry's links and hash recomputed in order, written straight into PostgreSQL. */
    private void recomputeChain(String schema, Recompute recompute) {
        record Row(long seq, String keyId, String contentHash, String signatureData, OffsetDateTime recordedAt) {
        }
        List<Row> rows = jdbc.sql("select seq, key_id, content_hash, signature_data, recorded_at from " + schema
                + ".contract_chain order by seq").query(Row.class).list();
        String previous = ChainEntry.GENESIS;
        for (Row row : rows) {
            String hash = recompute.hash(row.keyId(), previous, row.contentHash(), row.signatureData(),
                    row.recordedAt().toInstant());
            jdbc.sql("update " + schema + ".contract_chain set previous_hash = ?, entry_hash = ? where seq = ?")
                    .params(previous, hash, row.seq()).update();
            previous = hash;
        }
    }

    /** The chain as the code before keys wrote it: no key ids, plain SHA-256, V62 not applied. */
    private void makeUnkeyed(String schema) {
        jdbc.sql("alter table " + schema + ".contract_chain alter column key_id drop not null").update();
        jdbc.sql("update " + schema + ".contract_chain set key_id = null").update();
        recomputeChain(schema, PLAIN);
        jdbc.sql("delete from " + schema + ".flyway_schema_history where version = '62'").update();
    }

    /** The city's migrations run as at start-up: V62 again, now that it is not recorded as applied. */
    private void migrateAgain(String city) {
        TenantCode code = new TenantCode(city);
        TenantContext.run(code, () -> migrations.migrate(code));
    }

    private boolean keyIdNullable(String schema) {
        return jdbc.sql("""
                select is_nullable = 'YES' from information_schema.columns
                where table_schema = ? and table_name = 'contract_chain' and column_name = 'key_id'""")
                .param(schema).query(Boolean.class).single();
    }
}
