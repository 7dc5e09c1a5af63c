package org.lingong.devstack.junit;

import dasniko.testcontainers.keycloak.KeycloakContainer;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.lingong.devstack.ScratchDatabases;
import org.lingong.devstack.Versions;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The tests' servers as throwaway containers of the Testcontainers modules, at the versions dev-stack runs locally
 * (from the root pom), configured as dev-stack configures its own: database and role {@code lingong}, Elasticsearch
 * single-node without security, Keycloak with the platform realm imported and admin {@code admin}.
 */
final class ContainerServers {

    private ContainerServers() {
    }

    static TestServers create() {
        return new TestServers(TestServers.Backend.CONTAINERS, new Postgres(), new Elasticsearch(), new Keycloak(),
                Path.of(System.getProperty("java.io.tmpdir"), "lingong-test-runs"));
    }

    /** PostgreSQL 18.x, as zonky's binaries that dev-stack runs: the image tag is their major.minor. */
    static DockerImageName postgresImage() {
        String[] version = Versions.of("postgres").split("\\.");
        return DockerImageName.parse("postgres:" + version[0] + "." + version[1]);
    }

    static DockerImageName elasticsearchImage() {
        return DockerImageName.parse("docker.elastic.co/elasticsearch/elasticsearch:" + Versions.of("elasticsearch"));
    }

    static DockerImageName keycloakImage() {
        return DockerImageName.parse("quay.io/keycloak/keycloak:" + Versions.of("keycloak"));
    }

    // A container is made in start(): making one already asks Docker for its image.

    private static final class Postgres implements PostgresServer {

        private PostgreSQLContainer container;

        @Override
        public void start() {
            // The role is the image's superuser, so it also makes the scratch databases.
            container = new PostgreSQLContainer(postgresImage())
                    .withDatabaseName("lingong").withUsername("lingong").withPassword("lingong")
                    .withCommand("postgres", "-c", "max_connections=300");
            container.start();
        }

        @Override
        public void stop() {
            if (container != null) {
                container.stop();
            }
        }

        @Override
        public String jdbcUrl() {
            return urlPrefix() + "lingong";
        }

        @Override
        public ScratchDatabases scratchDatabases() {
            return new ScratchDatabases(() -> DriverManager.getConnection(urlPrefix() + "postgres", "lingong",
                    "lingong"), urlPrefix(), "lingong");
        }

        private String urlPrefix() {
            return "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/";
        }
    }

    private static final class Elasticsearch implements ElasticsearchServer {

        private ElasticsearchContainer container;

        @Override
        public void start() {
            container = new ElasticsearchContainer(elasticsearchImage())
                    .withEnv("xpack.security.enabled", "false")
                    .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
            container.start();
        }

        @Override
        public void stop() {
            if (container != null) {
                container.stop();
            }
        }

        @Override
        public String url() {
            return "http://" + container.getHttpHostAddress();
        }
    }

    private static final class Keycloak implements KeycloakServer {

        private KeycloakContainer container;

        @Override
        public void start() {
            container = new KeycloakContainer(keycloakImage().asCanonicalNameString())
                    .withRealmImportFile("/keycloak/lingong-realm.json")
                    .withAdminUsername("admin").withAdminPassword("admin");
            container.start();
        }

        @Override
        public void stop() {
            if (container != null) {
                container.stop();
            }
        }

        @Override
        public String url() {
            return container.getAuthServerUrl().replaceAll("/$", "");
        }

        @Override
        public String adminUsername() {
            return "admin";
        }

        @Override
        public String adminPassword() {
            return "admin";
        }
    }
}
