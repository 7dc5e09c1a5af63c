package org.lingong.devstack.junit;

import org.lingong.devstack.DevStack;
import org.lingong.devstack.ScratchDatabases;
import org.testcontainers.lifecycle.Startable;

/**
 * Dev-stack's servers on this machine as the tests' servers. Starting one starts whatever is not running (reusing
 * running servers, under dev-stack's file lock); stopping leaves them running: they are shared with
 * {@code ./lingong run}, other modules' tests and other worktrees, and a test run keeps to data of its own there.
 */
final class LocalServers {

    private LocalServers() {
    }

    static TestServers create(DevStack stack) {
        return new TestServers(TestServers.Backend.LOCAL, new Postgres(stack), new Elasticsearch(stack),
                new Keycloak(stack), stack.home().root().resolve("run").resolve("test-runs"));
    }

    private interface Shared extends Startable {

        DevStack stack();

        @Override
        default void start() {
            stack().ensureRunning();
        }

        @Override
        default void stop() {
            // Shared with `run` and other test runs: dev-stack keeps them running.
        }
    }

    private record Postgres(DevStack stack) implements PostgresServer, Shared {

        @Override
        public String jdbcUrl() {
            return stack.postgresJdbcUrl();
        }

        @Override
        public ScratchDatabases scratchDatabases() {
            return stack.scratchDatabases();
        }
    }

    private record Elasticsearch(DevStack stack) implements ElasticsearchServer, Shared {

        @Override
        public String url() {
            return stack.elasticsearchUrl();
        }
    }

    private record Keycloak(DevStack stack) implements KeycloakServer, Shared {

        @Override
        public String url() {
            return stack.keycloakUrl();
        }
    }
}
