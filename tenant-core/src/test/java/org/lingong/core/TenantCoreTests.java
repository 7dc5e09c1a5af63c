package org.lingong.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ThreadLocalRandom;
import org.lingong.devstack.ScratchDatabases;
import org.lingong.devstack.junit.RealServers;
import org.lingong.devstack.junit.TestServers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * tenant-core on a random port against the real PostgreSQL and Keycloak, with the search service played by
 * {@link SearchStandIn} so its failures can be staged.
 * <p>
 * Each test run has a database of its own on the test servers' PostgreSQL: tenant-core's background work (the outbox
 * relay, job expiry) acts on every city of its database, and must neither deliver the dev platform's or another run's
 * job changes to this run's stand-in nor have this run's changes taken by theirs. It is dropped when the run ends.
 */
@RealServers
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class TenantCoreTests {

    protected static final SearchStandIn search = SearchStandIn.shared();
    private static final String DATABASE = "tenant_core_test_"
            + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    private static String databaseUrl;

    @DynamicPropertySource
    static void searchUrl(DynamicPropertyRegistry registry) {
        registry.add("lingong.search.url", search::url);
        registry.add("spring.datasource.url", TenantCoreTests::database);
    }

    private static synchronized String database() {
        if (databaseUrl == null) {
            ScratchDatabases databases = TestServers.shared().postgres().scratchDatabases();
            try {
                databaseUrl = databases.create(DATABASE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    databases.drop(DATABASE);
                } catch (IOException e) {
                    System.err.println("could not drop the test database " + DATABASE + ": " + e.getMessage());
                }
            }));
        }
        return databaseUrl;
    }

    @LocalServerPort
    protected int port;

    protected Api api() {
        return new Api(port);
    }
}
