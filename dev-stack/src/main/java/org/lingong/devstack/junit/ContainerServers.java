package org.lingong.devstack.junit;

import dasniko.testcontainers.keycloak.KeycloakContainer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.lingong.devstack.ScratchDatabases;
import org.lingong.devstack.Versions;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.lifecycle.Startable;
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

    /** Makes its container in start(): making one already asks Docker for the image. */
    private abstract static class Contained<C extends GenericContainer<?>> implements Startable {

        C container;

        abstract C create();

        @Override
        public void start() {
            container = create();
            container.start();
        }

        @Override
        public void stop() {
            if (container != null) {
                container.stop();
            }
        }
    }

    private static final class Postgres extends Contained<PostgreSQLContainer> implements PostgresServer {

        @Override
        PostgreSQLContainer create() {
            // The role is the image's superuser, so it also makes the scratch databases.
            return new PostgreSQLContainer(postgresImage())
                    .withDatabaseName("lingong").withUsername("lingong").withPassword("lingong")
                    .withCommand("postgres", "-c", "max_connections=300");
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

    private static final class Elasticsearch extends Contained<ElasticsearchContainer> implements ElasticsearchServer {

        @Override
        ElasticsearchContainer create() {
            return new ElasticsearchContainer(elasticsearchImage())
                    .withEnv("xpack.security.enabled", "false")
                    .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
        }

        @Override
        public String url() {
            return "http://" + container.getHttpHostAddress();
        }
    }

    private static final class Keycloak extends Contained<KeycloakContainer> implements KeycloakServer {

        @Override
        KeycloakContainer create() {
            return new KeycloakContainer(keycloakImage().asCanonicalNameString())
                    .withRealmImportFile("/keycloak/lingong-realm.json")
                    .withProviderLibsFrom(List.of(providerJar()))
                    .withAdminUsername(ADMIN).withAdminPassword(ADMIN);
        }

        /** The phone sign-in extension, from this jar into a file the container can mount. */
        private static File providerJar() {
            try (InputStream in = ContainerServers.class.getResourceAsStream("/keycloak/providers/keycloak-phone.jar")) {
                Path jar = Files.createTempFile("lingong-keycloak-phone", ".jar");
                Files.write(jar, in.readAllBytes());
                jar.toFile().deleteOnExit();
                return jar.toFile();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String url() {
            return container.getAuthServerUrl().replaceAll("/$", "");
        }
    }
}
