package org.lingong.devstack.junit;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.lingong.devstack.DevStack;
import org.lingong.devstack.ServerAddresses;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.lifecycle.Startable;

/**
 * The real servers of a test run — PostgreSQL, Elasticsearch, Keycloak — each a Testcontainers {@link Startable}, with
 * one lifecycle: started once per test JVM (by {@link RealServers} or the first call of {@link #shared()}) and stopped
 * when it exits. Where a Docker daemon answers they are containers of the Testcontainers modules; where none does (as
 * on the project's machines) they are dev-stack's local servers, shared with {@code ./lingong run} and left running.
 * Tests never know which: they read addresses from here, and own their data by database, realm and index names of
 * their own ({@link TestRun}). {@code LINGONG_TEST_SERVERS} = {@code auto} (default), {@code containers} or
 * {@code local} overrides the choice.
 */
public final class TestServers {

    /** Where the servers come from. */
    public enum Backend {
        /** Throwaway containers (Testcontainers' PostgreSQL, Elasticsearch and Keycloak modules). */
        CONTAINERS,
        /** Dev-stack's servers on this machine, started if they are not running. */
        LOCAL;

        /** Decides from the setting ({@code auto} when blank) and, for {@code auto}, whether Docker answers. */
        static Backend choose(String setting, BooleanSupplier dockerAvailable) {
            String choice = setting == null || setting.isBlank() ? "auto" : setting.strip().toLowerCase(Locale.ROOT);
            return switch (choice) {
                case "local" -> LOCAL;
                case "containers" -> CONTAINERS;
                case "auto" -> dockerAvailable.getAsBoolean() ? CONTAINERS : LOCAL;
                default -> throw new IllegalArgumentException(
                        "LINGONG_TEST_SERVERS=" + setting + " is not one of auto, containers, local");
            };
        }
    }

    private static TestServers shared;

    private final Backend backend;
    private final PostgresServer postgres;
    private final ElasticsearchServer elasticsearch;
    private final KeycloakServer keycloak;
    private final Path workDirectory;

    TestServers(Backend backend, PostgresServer postgres, ElasticsearchServer elasticsearch, KeycloakServer keycloak,
            Path workDirectory) {
        this.backend = backend;
        this.postgres = postgres;
        this.elasticsearch = elasticsearch;
        this.keycloak = keycloak;
        this.workDirectory = workDirectory;
    }

    /** The servers of this JVM's tests, started on first use and stopped when the JVM exits. */
    public static synchronized TestServers shared() {
        if (shared == null) {
            String setting = System.getenv("LINGONG_TEST_SERVERS");
            Backend backend = Backend.choose(setting, TestServers::dockerAvailable);
            TestServers servers = of(backend);
            System.out.printf("test servers: %s (LINGONG_TEST_SERVERS=%s)%n", backend == Backend.CONTAINERS
                    ? "Testcontainers' PostgreSQL, Elasticsearch and Keycloak containers"
                    : "dev-stack's local PostgreSQL, Elasticsearch and Keycloak (no Docker daemon)",
                    setting == null ? "auto" : setting);
            servers.start();
            Runtime.getRuntime().addShutdownHook(new Thread(servers::stop, "test-servers-stop"));
            shared = servers;
        }
        return shared;
    }

    /** The servers of a backend, not yet started. */
    static TestServers of(Backend backend) {
        return switch (backend) {
            case CONTAINERS -> ContainerServers.create();
            case LOCAL -> LocalServers.create(DevStack.local());
        };
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private List<Startable> all() {
        return List.of(postgres, elasticsearch, keycloak);
    }

    void start() {
        all().forEach(Startable::start);
    }

    void stop() {
        all().reversed().forEach(Startable::stop);
    }

    public Backend backend() {
        return backend;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public ElasticsearchServer elasticsearch() {
        return elasticsearch;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    /** The service database and the platform realm {@code lingong}, as the services' defaults expect them. */
    public ServerAddresses addresses() {
        return new ServerAddresses(postgres.jdbcUrl(), elasticsearch.url(), keycloak.url(), "lingong");
    }

    /** A folder for bookkeeping of test runs on these servers (which run owns which names). */
    Path workDirectory() {
        return workDirectory;
    }
}
