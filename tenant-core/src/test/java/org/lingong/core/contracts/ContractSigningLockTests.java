package org.lingong.core.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.core.contracts.ContractWorld.expect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.TenantCoreTests;
import org.lingong.core.people.KeycloakTestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Signing checks the caller and the order before it takes the city's chain lock: while another transaction holds that
 * lock, a stranger (with a real order id or a made-up one), staff with no side to sign and a signer with a stale hash
 * are all answered, and PostgreSQL never sees them wait for the lock; a party's signature does wait for it, and goes
 * through once it is released.
 */
class ContractSigningLockTests extends TenantCoreTests {

    private static final KeycloakTestUsers USERS = new KeycloakTestUsers();

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void deleteUsers() {
        USERS.close();
    }

    @Test
    void callersWithoutARightToSignAreRefusedWithoutWaitingForTheChainLock() throws Exception {
        ContractWorld world = new ContractWorld(api(), USERS);
        String hash = expect(world.get("/contract", world.worker), 200).body().get("documentHash").asString();
        String stranger = Api.userToken(USERS.create(world.city + "-x", "worker", world.city), KeycloakTestUsers.PASSWORD);

        try (ExecutorService pool = Executors.newCachedThreadPool(); HeldChainLock held = new HeldChainLock(world.city)) {
            assertRefusedWithoutWaiting(pool, held, () -> world.sign(stranger, hash), 404, "order-not-found");
            assertRefusedWithoutWaiting(pool, held, () -> api().call("POST", "/api/v1/orders/" + UUID.randomUUID()
                    + "/contract/sign", stranger, world.in(), Map.of("documentHash", hash)), 404, "order-not-found");
            assertRefusedWithoutWaiting(pool, held, () -> world.sign(world.admin, hash), 403, "contract-not-signer");
            assertRefusedWithoutWaiting(pool, held, () -> world.sign(world.worker, "0".repeat(64)), 409,
                    "contract-hash-mismatch");

            Future<Api.Response> signing = pool.submit(() -> world.sign(world.worker, hash));
            assertThat(held.waitForWaiterOr(signing)).as("a party's signature waits for the chain lock").isTrue();
            held.close();
            assertThat(expect(signing.get(), 200).body().get("signatures")).hasSize(1);
        }
    }

    private static void assertRefusedWithoutWaiting(ExecutorService pool, HeldChainLock held,
                                                    Callable<Api.Response> request, int status, String slug)
            throws Exception {
        Future<Api.Response> answer = pool.submit(request);
        boolean waited = held.waitForWaiterOr(answer);
        assertThat(waited).as("%s waited for the chain lock", slug).isFalse();
        answer.get().expectProblem(status, slug);
    }

    /** A transaction of the test's own holding the city's chain lock, as a signing in progress does. */
    private final class HeldChainLock implements AutoCloseable {

        private final String table;
        private final Connection connection;

        HeldChainLock(String city) throws SQLException {
            this.table = "t_" + city + ".contract_chain";
            this.connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            try (Statement lock = connection.createStatement()) {
                lock.execute("lock table " + table + " in exclusive mode");
            }
        }

        /** Waits until a request answers (false) or some transaction waits for this lock (true). */
        boolean waitForWaiterOr(Future<?> request) throws InterruptedException {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (Instant.now().isBefore(deadline)) {
                if (waiters() > 0) {
                    return true;
                }
                if (request.isDone()) {
                    return waiters() > 0;
                }
                Thread.sleep(10);
            }
            throw new AssertionError("neither an answer nor a wait for " + table + " within 30 s");
        }

        private long waiters() {
            return jdbc.sql("select count(*) from pg_locks where relation = to_regclass(?) and not granted")
                    .param(table).query(Long.class).single();
        }

        @Override
        public void close() throws SQLException {
            if (!connection.isClosed()) {
                connection.rollback();
                connection.close();
            }
        }
    }
}
