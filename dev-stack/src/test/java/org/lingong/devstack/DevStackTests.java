package org.lingong.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The real servers, started (or found running) by dev-stack, answer as the services expect. */
class DevStackTests {

    private final DevStack stack = DevStack.local().ensureRunning();

    @Test
    void startingAgainReusesTheRunningServers() {
        Map<String, String> before = stack.status();
        stack.ensureRunning();
        assertThat(stack.status()).as("same servers, same PIDs").isEqualTo(before);
        assertThat(before.values()).allMatch(state -> state.startsWith("ready at"));
    }

    @Test
    void postgresHasTheServiceDatabaseWithPasswordLogin() throws Exception {
        try (Connection connection = DriverManager.getConnection(stack.postgresJdbcUrl(), "lingong", "lingong");
             ResultSet version = connection.createStatement().executeQuery("show server_version")) {
            version.next();
            assertThat(version.getString(1)).startsWith("18.");
        }
    }

    @Test
    void elasticsearchAndKeycloakAnswer() {
        assertThat(Http.answers200(stack.elasticsearchUrl() + "/_cluster/health")).isTrue();
        assertThat(Http.answers200(stack.issuerUri() + "/.well-known/openid-configuration")).isTrue();
    }

    @Test
    void theRealmGivesTokensWithRolesAndProvince() {
        String token = DemoTenants.passwordGrantToken(stack, "jiangsu-admin", "demo");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(payload).contains("\"province\":\"32\"", "province-admin", "\"aud\":[\"lingong-api\"");
    }

    @Test
    void postgresAndElasticsearchRunAsTheServiceUserWhenLaunchedAsRoot() {
        String expectedUser = ServiceUser.runningAsRoot() ? ServiceUser.NAME : System.getProperty("user.name");
        var servers = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").matches(".*" + stack.home().root()
                        + "/servers/(postgresql|elasticsearch)-.*"))
                .toList();
        assertThat(servers).hasSizeGreaterThanOrEqualTo(2);
        servers.forEach(p -> assertThat(p.info().user().orElse("")).as(p.info().commandLine().orElse(""))
                .isEqualTo(expectedUser));
    }
}
