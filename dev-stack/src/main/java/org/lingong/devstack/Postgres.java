package org.lingong.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL from zonky's binary jar: unpacked once, one cluster under the stack home, password authentication, a
 * database and role {@code lingong} for the services.
 */
final class Postgres implements Server {

    static final String DATABASE = "lingong";
    static final String USER = "lingong";
    static final String PASSWORD = "lingong";
    private static final String SUPERUSER_PASSWORD = "postgres";
    private static final String BINARIES = "/postgres-linux-x86_64.txz";

    private final StackHome home;
    private final int port;

    Postgres(StackHome home, int port) {
        this.home = home;
        this.port = port;
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    @Override
    public boolean isReady() {
        try (Connection ignored = superuserConnection("postgres")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public long start() throws IOException {
        Path install = install();
        Path data = home.data(name());
        Path sockets = home.run().resolve("postgresql");
        Files.createDirectories(sockets);
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            initdb(install, data);
        }
        Path log = home.logs().resolve("postgresql.log");
        ServiceUser.prepare(home.root());
        Process process = ServerProcess.launchUnprivileged(List.of(
                install.resolve("bin/postgres").toString(), "-D", data.toString(), "-p", String.valueOf(port),
                "-c", "listen_addresses=127.0.0.1",
                "-c", "unix_socket_directories=" + sockets,
                "-c", "max_connections=300",
                "-c", "shared_buffers=256MB",
                // A development server: losing the last few commits in a crash is acceptable, waiting for fsync is not.
                "-c", "synchronous_commit=off"), install, Map.of(), log);
        ServerProcess.awaitReady(name(), process.toHandle(), this::isReady, Duration.ofSeconds(60), log);
        createServiceDatabase();
        return process.pid();
    }

    private Path install() throws IOException {
        Path install = home.servers().resolve("postgresql-" + Versions.of("postgres"));
        if (!Files.isExecutable(install.resolve("bin/postgres"))) {
            try (InputStream binaries = Postgres.class.getResourceAsStream(BINARIES)) {
                if (binaries == null) {
                    throw new IOException("PostgreSQL binaries " + BINARIES + " are not on the class path");
                }
                Archives.unpack(BINARIES, binaries, install);
            }
        }
        return install;
    }

    private void initdb(Path install, Path data) throws IOException {
        Files.createDirectories(data);
        Path passwordFile = home.run().resolve("postgres.pw");
        Files.writeString(passwordFile, SUPERUSER_PASSWORD);
        ServiceUser.prepare(home.root());
        Commands.check(ServiceUser.wrap(List.of(install.resolve("bin/initdb").toString(),
                "-D", data.toString(), "-U", "postgres", "--pwfile=" + passwordFile,
                "-A", "scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions")));
        Files.delete(passwordFile);
    }

    /** Databases of their own for test runs and benchmarks, beside the service database. */
    ScratchDatabases scratchDatabases() {
        return new ScratchDatabases(() -> superuserConnection("postgres"), "jdbc:postgresql://127.0.0.1:" + port + "/",
                USER);
    }

    private void createServiceDatabase() throws IOException {
        try (Connection connection = superuserConnection("postgres"); Statement statement = connection.createStatement()) {
            if (!statement.executeQuery("select 1 from pg_roles where rolname = '" + USER + "'").next()) {
                statement.execute("create role " + USER + " login password '" + PASSWORD + "'");
            }
            if (!statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'").next()) {
                statement.execute("create database " + DATABASE + " owner " + USER + " encoding 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IOException("could not create the service database", e);
        }
    }

    private Connection superuserConnection(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?connectTimeout=2",
                "postgres", SUPERUSER_PASSWORD);
    }
}
