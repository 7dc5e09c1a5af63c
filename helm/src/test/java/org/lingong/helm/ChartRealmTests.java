package org.lingong.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chart's Keycloak realm ({@code lingong/files/lingong-realm.json}) is the dev realm without its development
 * allowances ({@link ProductionRealm}) — and what an outside review asked of it holds: a password policy, brute-force
 * detection, short access tokens, no password grant, no demo login or secret, and services that may do only what they
 * need. After an intended change to the dev realm, run with {@code -Drealm.update=true} to rewrite the file (and review
 * the diff).
 */
class ChartRealmTests {

    static final Path CHART_REALM = HelmChartTests.CHART.resolve("files/lingong-realm.json");
    private static final Path DEV_REALM = Path.of("../dev-stack/src/main/resources/keycloak/lingong-realm.json");
    private static final JsonMapper JSON = JsonMapper.shared();

    private static JsonNode realm() throws IOException {
        return JSON.readTree(Files.readString(CHART_REALM));
    }

    @Test
    void theChartsRealmIsTheDevRealmWithoutItsDevelopmentAllowances() throws IOException {
        String derived = JSON.writer().with(new DefaultPrettyPrinter()
                        .withSeparators(Separators.createDefaultInstance()
                                .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                        .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                        .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")))
                .writeValueAsString(ProductionRealm.from(JSON.readTree(Files.readString(DEV_REALM)))) + "\n";
        if (Boolean.getBoolean("realm.update")) {
            Files.writeString(CHART_REALM, derived);
        }
        assertThat(Files.readString(CHART_REALM)).as(CHART_REALM + " is stale: run the helm module's tests with "
                + "-Drealm.update=true and review the diff").isEqualTo(derived);
    }

    @Test
    void passwordsFollowTheLevelThreePolicyAndGuessingLocksTheAccount() throws IOException {
        JsonNode realm = realm();
        assertThat(realm.get("passwordPolicy").asString()).contains("length(12)", "upperCase(1)", "lowerCase(1)",
                "digits(1)", "specialChars(1)", "notUsername", "notEmail", "passwordHistory(5)",
                "forceExpiredPasswordChange(90)");
        assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.get("permanentLockout").asBoolean()).isFalse();
        assertThat(realm.get("failureFactor").asInt()).isEqualTo(5);
        assertThat(realm.get("accessTokenLifespan").asInt()).as("seconds").isEqualTo(300);
        assertThat(realm.get("sslRequired").asString()).isEqualTo("external");
    }

    @Test
    void noDemoLoginNoDevelopmentSecretAndNoPasswordGrant() throws IOException {
        JsonNode realm = realm();
        assertThat(realm.get("users").valueStream()).allMatch(user -> user.has("serviceAccountClientId"));
        assertThat(realm.toString()).doesNotContain("dev-secret", "\"demo\"", "localhost", "127.0.0.1");
        for (JsonNode client : realm.get("clients")) {
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(false))
                    .as(client.get("clientId").asString()).isFalse();
            if (client.has("secret")) {
                assertThat(client.get("secret").asString()).as(client.get("clientId").asString())
                        .isEqualTo("${" + ProductionRealm.variable(client.get("clientId").asString())
                                + "_CLIENT_SECRET}");
            }
        }
    }

    @Test
    void eachServiceMayDoOnlyWhatItNeeds() throws IOException {
        JsonNode realm = realm();
        Map<String, JsonNode> serviceAccounts = new java.util.HashMap<>();
        realm.get("users").forEach(user -> serviceAccounts.put(user.get("serviceAccountClientId").asString(), user));
        assertThat(serviceAccounts).containsOnlyKeys("lingong-gateway", "lingong-search", "lingong-tenant-core",
                "lingong-keycloak");
        assertThat(serviceAccounts.get("lingong-gateway").has("clientRoles")).isFalse();
        assertThat(serviceAccounts.get("lingong-search").has("clientRoles")).isFalse();
        // Keycloak's own extension only sends sign-in codes through tenant-core: no role of any kind.
        assertThat(serviceAccounts.get("lingong-keycloak").has("clientRoles")).isFalse();
        assertThat(serviceAccounts.get("lingong-tenant-core").at("/clientRoles/realm-management").valueStream()
                .map(JsonNode::asString)).containsExactly("query-users");
        serviceAccounts.values().forEach(user -> assertThat(user.get("realmRoles").valueStream()
                .map(JsonNode::asString)).containsExactly("default-roles-lingong"));

        // tenant-core's account manages the members of the groups that carry the city roles, and nothing else.
        assertThat(realm.get("adminPermissionsEnabled").asBoolean()).isTrue();
        JsonNode permissions = realm.get("clients").valueStream()
                .filter(client -> client.get("clientId").asString().equals("admin-permissions")).findFirst()
                .orElseThrow().at("/authorizationSettings/policies");
        List<JsonNode> scoped = permissions.valueStream().filter(p -> p.get("type").asString().equals("scope")).toList();
        assertThat(scoped).hasSize(1);
        JsonNode cityAccounts = scoped.getFirst().get("config");
        assertThat(cityAccounts.get("defaultResourceType").asString()).isEqualTo("Groups");
        List<String> groupIds = realm.get("groups").valueStream().map(group -> group.get("id").asString()).toList();
        assertThat(JSON.readTree(cityAccounts.get("resources").asString()).valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrderElementsOf(groupIds);
        assertThat(realm.get("groups").valueStream().map(group -> group.get("name").asString()))
                .containsExactlyInAnyOrder("city-admin", "station-staff");
        realm.get("groups").forEach(group -> assertThat(group.get("realmRoles").valueStream().map(JsonNode::asString))
                .containsExactly(group.get("name").asString()));
        assertThat(permissions.valueStream().filter(p -> p.get("type").asString().equals("user")).findFirst()
                .orElseThrow().at("/config/users").asString()).isEqualTo("[\"service-account-lingong-tenant-core\"]");
    }
}
