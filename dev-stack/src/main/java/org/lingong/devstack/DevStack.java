package org.lingong.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The real servers the platform needs on this machine — PostgreSQL, Elasticsearch, Keycloak — started without Docker,
 * reused when already running, and stopped by their own PIDs, which are kept in {@code run/stack.properties}.
 *
 * <p>Several JVMs (the test modules of a build, the CLI) may call {@link #ensureRunning()} at once: a file lock makes
 * them take turns, and the later ones find the servers ready.
 */
public final class DevStack {

    private final StackHome home;
    private final List<Server> servers;
    private final Postgres postgres;
    private final Elasticsearch elasticsearch;
    private final Keycloak keycloak;

    private DevStack(StackHome home, StackPorts ports) {
        this.home = home;
        this.postgres = new Postgres(home, ports.postgres());
        this.elasticsearch = new Elasticsearch(home, ports.elasticsearch());
        this.keycloak = new Keycloak(home, ports.keycloak());
        this.servers = List.of(postgres, elasticsearch, keycloak);
    }

    public static DevStack local() {
        return new DevStack(StackHome.resolve(), StackPorts.fromEnvironment());
    }

    /** Starts whatever is not already answering; returns once every server is ready. */
    public DevStack ensureRunning() {
        withLock(() -> {
            if (keycloak.isReady() && keycloak.providerChanged()) {
                System.out.println("dev-stack: the Keycloak extension changed, so Keycloak restarts with it");
                stopServer(keycloak);
            }
            if (!keycloak.isReady() && keycloak.realmChanged()) {
                // Cities in PostgreSQL and their users in Keycloak belong together: a new realm means new dev data.
                System.out.println("dev-stack: the realm file changed, so all dev data starts afresh");
                stopServers();
                deleteData();
            }
            Properties pids = readPids();
            for (Server server : servers) {
                if (server.isReady()) {
                    continue;
                }
                long started = System.nanoTime();
                System.out.printf("dev-stack: starting %s …%n", server.name());
                long pid = server.start();
                pids.setProperty(server.name(), String.valueOf(pid));
                writePids(pids);
                System.out.printf("dev-stack: %s ready at %s (pid %d, %.1f s)%n", server.name(), server.url(), pid,
                        (System.nanoTime() - started) / 1e9);
            }
        });
        return this;
    }

    /** Stops the servers this stack started, by their recorded PIDs. */
    public void stop() {
        withLock(this::stopServers);
    }

    private void stopServers() throws IOException {
        for (Server server : servers.reversed()) {
            stopServer(server);
        }
    }

    private void stopServer(Server server) throws IOException {
        Properties pids = readPids();
        String pid = pids.getProperty(server.name());
        if (pid != null) {
            ServerProcess.stop(Long.parseLong(pid), Duration.ofSeconds(30));
            pids.remove(server.name());
            writePids(pids);
            System.out.printf("dev-stack: stopped %s (pid %s)%n", server.name(), pid);
        }
    }

    /** Server name → "ready at URL (pid N)" or "not running". */
    public Map<String, String> status() {
        Properties pids = readPids();
        Map<String, String> status = new LinkedHashMap<>();
        for (Server server : servers) {
            String pid = pids.getProperty(server.name(), "?");
            status.put(server.name(), server.isReady()
                    ? "ready at " + server.url() + " (pid " + pid + ")"
                    : "not running");
        }
        return status;
    }

    /** Stops everything and deletes all data (servers stay unpacked). */
    public void reset() {
        withLock(() -> {
            stopServers();
            deleteData();
            Archives.deleteRecursively(home.logs());
        });
    }

    private void deleteData() throws IOException {
        Archives.deleteRecursively(home.root().resolve("data"));
        keycloak.deleteData();
    }

    /** A cold cache: {@link #reset()} and the unpacked servers gone too (the downloaded archives stay). */
    public void wipeInstalls() {
        reset();
        withLock(() -> Archives.deleteRecursively(home.servers()));
    }

    /** Resident memory of each server in MiB; PostgreSQL counts its postmaster and every backend. */
    public Map<String, Long> residentMemoryMiB() {
        Properties pids = readPids();
        Map<String, Long> memory = new LinkedHashMap<>();
        for (Server server : servers) {
            String pid = pids.getProperty(server.name());
            if (pid != null) {
                long root = Long.parseLong(pid);
                long total = ResidentMemory.ofMiB(root) + ProcessHandle.of(root).stream()
                        .flatMap(ProcessHandle::children).mapToLong(child -> ResidentMemory.ofMiB(child.pid())).sum();
                memory.put(server.name(), total);
            }
        }
        return memory;
    }

    public StackHome home() {
        return home;
    }

    /** Creates (afresh) a database owned by the service role and returns its JDBC URL. */
    public String createDatabase(String name) throws IOException {
        return scratchDatabases().create(name);
    }

    public void dropDatabase(String name) throws IOException {
        scratchDatabases().drop(name);
    }

    /** Databases of their own beside the service database {@code lingong}, for test runs and benchmarks. */
    public ScratchDatabases scratchDatabases() {
        return postgres.scratchDatabases();
    }

    public String postgresJdbcUrl() {
        return postgres.url();
    }

    public String elasticsearchUrl() {
        return elasticsearch.url();
    }

    public String keycloakUrl() {
        return keycloak.url();
    }

    public String issuerUri() {
        return addresses().issuerUri();
    }

    /** The shared servers and the {@code lingong} database and realm that {@code ./lingong run} serves. */
    public ServerAddresses addresses() {
        return new ServerAddresses(postgres.url(), elasticsearch.url(), keycloak.url(), Keycloak.REALM);
    }

    private interface StackAction {
        void run() throws IOException;
    }

    private void withLock(StackAction action) {
        try {
            Files.createDirectories(home.run());
            try (FileChannel channel = FileChannel.open(home.run().resolve("stack.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                action.run();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Properties readPids() {
        Properties pids = new Properties();
        Path file = home.run().resolve("stack.properties");
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                pids.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pids;
    }

    private void writePids(Properties pids) throws IOException {
        try (OutputStream out = Files.newOutputStream(home.run().resolve("stack.properties"))) {
            pids.store(out, "PIDs of the dev-stack servers");
        }
    }
}
