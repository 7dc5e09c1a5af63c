package org.lingong.devstack.junit;

import org.lingong.devstack.ScratchDatabases;
import org.testcontainers.lifecycle.Startable;

/** PostgreSQL for tests: the service database {@code lingong} (role and password {@code lingong}) and scratch ones. */
public interface PostgresServer extends Startable {

    /** The JDBC URL of the service database. */
    String jdbcUrl();

    /** Databases of a test run's own, owned by the service role. */
    ScratchDatabases scratchDatabases();
}
