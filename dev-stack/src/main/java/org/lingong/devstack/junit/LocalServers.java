package org.lingong.devstack.junit;

import org.lingong.devstack.DevStack;
import org.lingong.devstack.ScratchDatabases;

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

    private abstract static class Shared {

        final DevStack stack;

        Shared(DevStack stack) {
            this.stack = stack;
        }

        public void start() {
            stack.ensureRunning();
        }

        public void stop() {
            // Shared with `run` and other test runs: dev-stack keeps them running.
        }
    }

    private static final class Postgres extends Shared implements PostgresServer {

        Postgres(DevStack stack) {
            super(stack);
        }

        @Override
        public String jdbcUrl() {
            return stack.postgresJdbcUrl();
        }

        @Override
        public ScratchDatabases scratchDatabases() {
            return stack.scratchDatabases();
        }
    }

    private static final class Elasticsearch extends Shared implements ElasticsearchServer {

        Elasticsearch(DevStack stack) {
            super(stack);
        }

        @Override
        public String url() {
            return stack.elasticsearchUrl();
        }
    }

    private static final class Keycloak extends Shared implements KeycloakServer {

        Keycloak(DevStack stack) {
            super(stack);
        }

        @Override
        public String url() {
            return stack.keycloakUrl();
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
