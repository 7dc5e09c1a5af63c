package org.lingong.core.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.Api;
import org.lingong.core.TenantCoreTests;
import org.lingong.core.TestTenants;
import org.lingong.core.identity.KeycloakUsers;
import org.lingong.core.registry.Registrations;
import org.lingong.core.registry.TenantStatus;
import org.lingong.core.searchindex.SearchIndexClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** A city's schema is dropped only after its export is on disk and reads back whole; the export's hash is on record. */
class OffboardingExportTests extends TenantCoreTests {

    @Autowired
    Registrations registrations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SearchIndexClient searchIndex;
    @Autowired
    KeycloakUsers users;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JsonMapper json;
    @Autowired
    Environment environment;
    @Value("${lingong.exports-dir}")
    Path exports;

    private String suspendedCity() {
        String code = TestTenants.uniqueCode();
        TestTenants.onboard(api(), code, "32", "321300");
        assertThat(api().call("POST", "/api/v1/platform/tenants/" + code + "/suspend",
                Api.userToken("platform-admin", "demo"), Map.of(), null).status()).isEqualTo(200);
        return code;
    }

    @Test
    void anExportThatCannotBeWrittenDropsNothing(@TempDir Path scratch) throws Exception {
        String code = suspendedCity();
        Path notADirectory = Files.writeString(scratch.resolve("exports"), "a file where the directory should be");
        Offboarder offboarder = new Offboarder(registrations, jdbc, searchIndex, users, transactions, json,
                notADirectory, environment);

        assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> offboarder.offboard(code))
                .satisfies(e -> assertThat(e.type()).isEqualTo(ProblemType.EXPORT_FAILED));

        assertThat(jdbc.sql("select count(*) from pg_namespace where nspname = ?").param("t_" + code)
                .query(Integer.class).single()).as("the schema is still there").isOne();
        assertThat(registrations.find(code).orElseThrow().status()).isEqualTo(TenantStatus.SUSPENDED);
    }

    @Test
    void theExportIsInPlaceWholeAndItsHashIsOnRecord() throws Exception {
        String code = suspendedCity();

        Api.Response offboarded = api().call("POST", "/api/v1/platform/tenants/" + code + "/offboard",
                Api.userToken("platform-admin", "demo"), Map.of(), null);

        assertThat(offboarded.status()).as(offboarded.raw().body()).isEqualTo(200);
        Path file = exports.resolve(offboarded.body().get("export").asString());
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertThat(offboarded.body().get("sha256").asString()).isEqualTo(sha256);
        assertThat(Files.exists(file.resolveSibling(file.getFileName() + ".partial"))).isFalse();
        assertThat(jdbc.sql("select message from platform.onboarding_log where tenant_code = ? order by id desc limit 1")
                .param(code).query(String.class).single()).contains(sha256);
    }
}
