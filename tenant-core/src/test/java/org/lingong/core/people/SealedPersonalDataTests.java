package org.lingong.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lingong.common.config.KeyRing;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.Api;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.orders.OrderWorld;
import org.lingong.core.people.pii.PiiCipher;
import org.lingong.core.tenancy.TenantContext;
import org.lingong.core.tenancy.TenantMigrations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Personal data at rest, attacked in the database: names are never there in clear, a sealed value moved to another
 * person's row is refused (and audited) instead of shown as theirs, the key rotates with every row re-sealed, and the
 * V72 migration turns the older storage into this one.
 */
class SealedPersonalDataTests extends PeopleApiTest {

    private static final String REASON = "?reason=" + "tamper-check";

    @Autowired
    PiiCipher pii;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AuditLog audit;

    @Autowired
    TenantMigrations migrations;

    @Value("${lingong.pii.keys}")
    String configuredKeys;

    @Value("${lingong.pii.index-key}")
    String indexKey;

    private OrderWorld world;

    @AfterEach
    void closeWorld() {
        if (world != null) {
            world.close();
        }
    }

    @Test
    void namesAreSealedAndAValueMovedToAnotherPersonsRowIsRefusedAndAudited() {
        world = new OrderWorld(api());
        OrderWorld.Person first = world.worker();
        OrderWorld.Person second = world.worker();
        OrderWorld.Person employer = world.employer();
        String schema = "t_" + world.city;
        assertThat(jdbc.sql("select count(*) from information_schema.columns where table_schema = ? and column_name"
                + " in ('real_name', 'contact_name')").param(schema).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select worker::text from " + schema + ".worker").query(String.class).list())
                .hasSize(2).allSatisfy(row -> assertThat(row).doesNotContain("张三丰", hex("张三丰")).contains("张**"));
        assertThat(jdbc.sql("select employer::text from " + schema + ".employer").query(String.class).single())
                .doesNotContain("王经理", hex("王经理")).contains("王**");
        assertThat(api().get("/api/v1/workers/me", first.token(), world.in()).body().get("realName").asString())
                .as("masked in the worker's own view too").isEqualTo("张**");

        String secondPhone = reveal("workers", second).at("/fields/phone").asString();
        jdbc.sql("update " + schema + ".worker set phone_sealed = (select phone_sealed from " + schema
                + ".worker where id = ?::uuid) where id = ?::uuid").params(second.id(), first.id()).update();
        Api.Response swapped = api().get("/api/v1/workers/" + first.id() + "/identity" + REASON, world.admin,
                world.in());
        assertThat(swapped.status()).isEqualTo(500);
        assertThat(swapped.body().get("type").asString()).endsWith("/personal-data-unreadable");
        assertThat(swapped.raw().body()).doesNotContain(secondPhone);
        assertThat(reveal("workers", second).at("/fields/phone").asString()).isEqualTo(secondPhone);

        jdbc.sql("update " + schema + ".employer set contact_name_sealed = (select real_name_sealed from " + schema
                + ".worker where id = ?::uuid) where id = ?::uuid").params(second.id(), employer.id()).update();
        assertThat(api().get("/api/v1/employers/" + employer.id() + "/identity" + REASON, world.admin, world.in())
                .status()).as("a worker's sealed name moved into the employer's contact").isEqualTo(500);

        JsonNode audited = api().get("/api/v1/audit-events", world.admin, world.in()).body().get("items");
        assertThat(audited.valueStream().filter(e -> e.get("action").asString().equals("personal-data.unreadable"))
                .map(e -> e.get("target").asString())).contains(first.id(), employer.id());
    }

    @Test
    void theKeyRotatesWithEveryRowResealedAfterWhichTheOldKeyCanGo() {
        world = new OrderWorld(api());
        OrderWorld.Person worker = world.worker();
        OrderWorld.Person employer = world.employer();
        TenantCode city = new TenantCode(world.city);
        String phone = reveal("workers", worker).at("/fields/phone").asString();
        String current = pii.currentKeyId();
        String platformAdmin = Api.userToken("platform-admin", "demo");
        String status = "/api/v1/platform/tenants/" + world.city + "/personal-data-keys";

        JsonNode before = api().get(status, platformAdmin, Map.of()).body();
        assertThat(before.get("currentKey").asString()).isEqualTo(current);
        assertThat(before.at("/rowsByKey/" + current).asLong()).isEqualTo(2);
        assertThat(api().get(status, world.admin, world.in()).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/platform/tenants/nosuchcity/personal-data-keys", platformAdmin, Map.of())
                .status()).isEqualTo(404);

        String next = "next:" + Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32));
        PersonalDataKeys.Report rotated = new PersonalDataKeys(new PiiCipher(next + "," + configuredKeys, indexKey,
                false), jdbc, transaction, audit).reseal(city);
        assertThat(rotated.resealed()).isEqualTo(2);
        assertThat(rotated.unreadable()).isZero();
        assertThat(rotated.rowsByKey()).isEqualTo(Map.of("next", 2L));
        byte[] sealedPhone = jdbc.sql("select phone_sealed from t_" + world.city + ".worker where id = ?::uuid")
                .param(worker.id()).query(byte[].class).single();
        assertThat(new PiiCipher(next, indexKey, false).open(Worker.PHONE, UUID.fromString(worker.id()), sealedPhone))
                .as("opens with the new key alone: the old one can leave the ring").isEqualTo(phone);
        assertThat(api().get("/api/v1/workers/" + worker.id() + "/identity" + REASON, world.admin, world.in())
                .status()).as("a replica without the new key cannot read; hence every replica gets it first")
                .isEqualTo(500);

        PersonalDataKeys.Report back = new PersonalDataKeys(new PiiCipher(configuredKeys + "," + next, indexKey,
                false), jdbc, transaction, audit).reseal(city);
        assertThat(back.rowsByKey()).isEqualTo(Map.of(current, 2L));
        assertThat(reveal("workers", worker).at("/fields/phone").asString()).isEqualTo(phone);
        assertThat(reveal("employers", employer).at("/fields/contactName").asString()).isEqualTo("王经理");

        Api.Response again = api().call("POST", status + "/reseal", platformAdmin, Map.of(), null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("resealed").asLong()).as("nothing left under another key").isZero();
        assertThat(api().call("POST", status + "/reseal", world.admin, world.in(), null).status()).isEqualTo(403);
    }

    @Test
    void theMigrationSealsClearNamesAndBindsOlderValuesToTheirRows() throws GeneralSecurityException {
        world = new OrderWorld(api());
        OrderWorld.Person worker = world.worker();
        OrderWorld.Person employer = world.employer();
        JsonNode person = reveal("workers", worker).get("fields");
        String number = person.get("idNumber").asString();
        String phone = person.get("phone").asString();
        String contactPhone = reveal("employers", employer).at("/fields/contactPhone").asString();
        String schema = "t_" + world.city;

        // The storage before V72: clear names, values sealed with the column alone, no key id.
        jdbc.sql("alter table " + schema + ".worker add column real_name text").update();
        jdbc.sql("update " + schema + ".worker set real_name = '张三丰', id_number_sealed = ?, phone_sealed = ?,"
                        + " id_number_index = repeat('0', 64), phone_index = repeat('0', 64)")
                .params(unversioned(Worker.ID_NUMBER, number), unversioned(Worker.PHONE, phone)).update();
        jdbc.sql("alter table " + schema + ".worker drop column real_name_sealed, drop column real_name_masked,"
                + " drop column pii_key").update();
        jdbc.sql("alter table " + schema + ".employer add column contact_name text").update();
        jdbc.sql("update " + schema + ".employer set contact_name = '王经理', contact_phone_sealed = ?")
                .param(unversioned(Employer.CONTACT_PHONE, contactPhone)).update();
        jdbc.sql("alter table " + schema + ".employer drop column contact_name_sealed, drop column"
                + " contact_name_masked, drop column pii_key").update();
        jdbc.sql("delete from " + schema + ".flyway_schema_history where version = '72'").update();

        TenantCode city = new TenantCode(world.city);
        TenantContext.run(city, () -> migrations.migrate(city));

        JsonNode migrated = reveal("workers", worker).get("fields");
        assertThat(migrated.get("realName").asString()).isEqualTo("张三丰");
        assertThat(migrated.get("idNumber").asString()).isEqualTo(number);
        assertThat(migrated.get("phone").asString()).isEqualTo(phone);
        assertThat(reveal("employers", employer).at("/fields/contactName").asString()).isEqualTo("王经理");
        assertThat(api().get("/api/v1/workers", world.admin, world.in()).raw().body()).contains("张**")
                .doesNotContain("张三丰");
        Api.Response found = api().call("POST", "/api/v1/workers/lookup", world.admin, world.in(),
                Map.of("idNumber", number));
        assertThat(found.status()).as("the blind index recomputed").isEqualTo(200);
        assertThat(found.body().get("id").asString()).isEqualTo(worker.id());
        assertThat(jdbc.sql("select worker::text from " + schema + ".worker").query(String.class).single())
                .doesNotContain("张三丰", hex("张三丰"));
    }

    private JsonNode reveal(String family, OrderWorld.Person person) {
        Api.Response response = api().get("/api/v1/" + family + "/" + person.id() + "/identity" + REASON, world.admin,
                world.in());
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return response.body();
    }

    /** Sealed as before V72 under the configured key: nonce || ciphertext+tag, the column alone associated. */
    private byte[] unversioned(String column, String clear) throws GeneralSecurityException {
        KeyRing ring = KeyRing.parse("test", configuredKeys, 32, 32, "-", false);
        byte[] nonce = new SecureRandom().generateSeed(12);
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(ring.key(ring.currentId()).orElseThrow(), "AES"),
                new GCMParameterSpec(128, nonce));
        aes.updateAAD(column.getBytes(StandardCharsets.UTF_8));
        byte[] sealed = aes.doFinal(clear.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array();
    }

    /** How PostgreSQL shows a text's UTF-8 bytes inside a row's text form. */
    private static String hex(String text) {
        return java.util.HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }
}
