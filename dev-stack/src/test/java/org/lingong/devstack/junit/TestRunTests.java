package org.lingong.devstack.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.lingong.devstack.DemoTenants;

/**
 * A test run owns a database and a realm of its own on the shared servers, removes them when it closes, and removes
 * those a killed run left behind when the next run of its kind begins.
 */
class TestRunTests {

    private final TestServers servers = TestServers.shared();
    private final KeycloakAdmin keycloak = new KeycloakAdmin(servers.keycloak());

    @Test
    void aRunHasItsOwnDatabaseAndRealmWithTheDemoLoginsUntilItCloses() throws Exception {
        String database;
        String realm;
        try (TestRun run = TestRun.begin(servers, "devtest")) {
            database = run.addresses().jdbcUrl();
            realm = run.addresses().realm();
            assertThat(database).endsWith("/lingong_" + run.id()).isNotEqualTo(servers.addresses().jdbcUrl());
            assertThat(realm).isEqualTo("lingong-" + run.id().replace('_', '-'));
            assertThat(run.jobsAlias()).startsWith("jobs-devtest-");
            try (Connection connection = DriverManager.getConnection(database, "lingong", "lingong")) {
                assertThat(connection.isValid(2)).isTrue();
            }
            String token = DemoTenants.passwordGrantToken(run.addresses().issuerUri(), "platform-admin", "demo");
            assertThat(token).isNotBlank();
        }
        assertThat(servers.postgres().scratchDatabases().named(database.substring(database.lastIndexOf('/') + 1)))
                .isEmpty();
        assertThat(keycloak.realms(realm)).isEmpty();
    }

    @Test
    void whatAKilledRunLeftBehindIsRemovedByTheNextRun() throws Exception {
        // A run that died without closing: its database and realm are there, no process holds its lock.
        String abandoned = "devtest_killed" + System.nanoTime() % 100_000;
        servers.postgres().scratchDatabases().create("lingong_" + abandoned);
        keycloak.createRealm("lingong-" + abandoned.replace('_', '-'));

        try (TestRun run = TestRun.begin(servers, "devtest")) {
            assertThat(servers.postgres().scratchDatabases().named("lingong_devtest_"))
                    .containsExactly("lingong_" + run.id());
            assertThat(keycloak.realms("lingong-devtest-")).containsExactly(run.addresses().realm());
        }
    }
}
