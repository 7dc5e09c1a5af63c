package org.lingong.devstack.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import org.lingong.devstack.ServerAddresses;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one test run owns on the servers it shares with {@code ./lingong run} and other runs: a database
 * ({@code lingong_<id>}), a Keycloak realm made from the realm file ({@code lingong-<id>}, with the demo logins) and
 * the names of a jobs index and its alias ({@code jobs-<id>}, which search creates). Whatever a person does with
 * {@code run} never reaches a test, and the reverse. All of it is removed when the run closes; a run that was killed
 * leaves it behind, and the next run of the same kind removes it first. A run holds a lock file while it lives, so
 * the leftovers of a killed run are told from those of a live one.
 */
public final class TestRun implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.shared();

    private final TestServers servers;
    private final String id;
    private final String databaseUrl;
    private final FileChannel lockFile;
    private final FileLock lock;

    private TestRun(TestServers servers, String id, FileChannel lockFile, FileLock lock) {
        this.servers = servers;
        this.id = id;
        this.lockFile = lockFile;
        this.lock = lock;
        try {
            this.databaseUrl = servers.postgres().scratchDatabases().create(database(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        new KeycloakAdmin(servers.keycloak()).createRealm(realm(id));
    }

    /**
     * Removes what killed runs of this kind left behind, then makes this run's database and realm.
     *
     * @param kind a short word for the suite, e.g. {@code e2e}: lower-case letters and digits
     */
    public static TestRun begin(TestServers servers, String kind) {
        if (!kind.matches("[a-z][a-z0-9]{1,11}")) {
            throw new IllegalArgumentException("test run kind " + kind);
        }
        try {
            Files.createDirectories(servers.workDirectory());
            removeAbandoned(servers, kind);
            String id = kind + "_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 35, 1L << 40), 36);
            FileChannel channel = FileChannel.open(servers.workDirectory().resolve(id + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new TestRun(servers, id, channel, channel.lock());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String id() {
        return id;
    }

    /** This run's database and realm on the shared servers. */
    public ServerAddresses addresses() {
        return servers.addresses().withDatabase(databaseUrl).withRealm(realm(id));
    }

    /** The name of this run's jobs alias; its index is {@link #jobsIndex()} and its cities' aliases start with it. */
    public String jobsAlias() {
        return alias(id);
    }

    public String jobsIndex() {
        return alias(id) + "-v1";
    }

    /** Drops the database, deletes the realm and the jobs index, and releases the run's lock. */
    @Override
    public void close() {
        try {
            remove(servers, id);
            lock.release();
            lockFile.close();
            Files.deleteIfExists(servers.workDirectory().resolve(id + ".lock"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String database(String id) {
        return "lingong_" + id;
    }

    private static String realm(String id) {
        return "lingong-" + id.replace('_', '-');
    }

    private static String alias(String id) {
        return "jobs-" + id.replace('_', '-');
    }

    private static void remove(TestServers servers, String id) throws IOException {
        servers.postgres().scratchDatabases().drop(database(id));
        new KeycloakAdmin(servers.keycloak()).deleteRealm(realm(id));
        String elasticsearch = servers.elasticsearch().url();
        send("DELETE", elasticsearch + "/" + alias(id) + "-v1");
        send("DELETE", elasticsearch + "/_index_template/" + alias(id));
    }

    /** Every id of this kind found on the servers whose run holds no lock any more, removed. */
    private static void removeAbandoned(TestServers servers, String kind) throws IOException {
        TreeSet<String> ids = new TreeSet<>();
        servers.postgres().scratchDatabases().named("lingong_" + kind + "_")
                .forEach(name -> ids.add(name.substring("lingong_".length())));
        new KeycloakAdmin(servers.keycloak()).realms("lingong-" + kind + "-")
                .forEach(name -> ids.add(name.substring("lingong-".length()).replace('-', '_')));
        HttpResponse<String> templates = send("GET",
                servers.elasticsearch().url() + "/_index_template/jobs-" + kind + "-*");
        if (templates.statusCode() == 200) {
            JSON.readTree(templates.body()).path("index_templates").valueStream()
                    .forEach(template -> ids.add(template.get("name").asString().substring("jobs-".length())
                            .replace('-', '_')));
        }
        List<String> removed = new ArrayList<>();
        for (String id : ids) {
            if (id.matches("[a-z][a-z0-9]*_[a-z0-9]+") && abandoned(servers.workDirectory().resolve(id + ".lock"))) {
                remove(servers, id);
                Files.deleteIfExists(servers.workDirectory().resolve(id + ".lock"));
                removed.add(id);
            }
        }
        if (!removed.isEmpty()) {
            System.out.println("test run: removed what killed runs left behind: " + removed);
        }
    }

    /** No live JVM holds the run's lock (the OS releases it when the process dies, even when killed). */
    private static boolean abandoned(Path lockPath) throws IOException {
        if (!Files.exists(lockPath)) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(lockPath, StandardOpenOption.WRITE);
             FileLock held = channel.tryLock()) {
            return held != null;
        } catch (OverlappingFileLockException ownedByThisJvm) {
            return false;
        }
    }

    private static HttpResponse<String> send(String method, String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
