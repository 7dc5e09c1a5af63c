package org.lingong.devstack.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lingong.devstack.junit.TestServers.Backend;
import org.lingong.devstack.Versions;

/** Which servers the tests get: containers where Docker answers, dev-stack's local ones where it does not. */
class TestServersTests {

    @Test
    void automaticallyContainersWithDockerAndLocalServersWithout() {
        assertThat(Backend.choose(null, () -> true)).isEqualTo(Backend.CONTAINERS);
        assertThat(Backend.choose("", () -> false)).isEqualTo(Backend.LOCAL);
        assertThat(Backend.choose("auto", () -> true)).isEqualTo(Backend.CONTAINERS);
        assertThat(Backend.choose(" AUTO ", () -> false)).isEqualTo(Backend.LOCAL);
    }

    @Test
    void anExplicitChoiceWinsAndDockerIsNotAskedForIt() {
        assertThat(Backend.choose("local", () -> {
            throw new AssertionError("Docker asked although local was chosen");
        })).isEqualTo(Backend.LOCAL);
        assertThat(Backend.choose("containers", () -> false)).as("then fails at start, saying why")
                .isEqualTo(Backend.CONTAINERS);
    }

    @Test
    void anUnknownChoiceIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> Backend.choose("docker", () -> true))
                .hasMessageContaining("auto, containers, local");
    }

    @Test
    void theContainersRunTheVersionsDevStackRunsLocally() {
        assertThat(ContainerServers.postgresImage().getVersionPart()).isEqualTo("18.3");
        assertThat(Versions.of("postgres")).startsWith("18.3");
        assertThat(ContainerServers.elasticsearchImage().getVersionPart()).isEqualTo(Versions.of("elasticsearch"));
        assertThat(ContainerServers.keycloakImage().getVersionPart()).isEqualTo(Versions.of("keycloak"));
    }

    @Test
    void theContainerServersNeedDockerOnlyWhenStarted() throws Exception {
        TestServers servers = TestServers.of(Backend.CONTAINERS);
        assertThat(servers.backend()).isEqualTo(Backend.CONTAINERS);
        // The Keycloak module links without its admin client, which the build leaves out.
        for (String container : new String[] {"dasniko.testcontainers.keycloak.KeycloakContainer",
                "org.testcontainers.postgresql.PostgreSQLContainer",
                "org.testcontainers.elasticsearch.ElasticsearchContainer"}) {
            assertThat(Class.forName(container, true, getClass().getClassLoader())).isNotNull();
        }
    }
}
