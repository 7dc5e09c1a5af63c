package org.lingong.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Elasticsearch from the integ-test zip on Maven Central: a real single-node server on loopback, security off. It has
 * no bundled JDK, so it runs on the JDK that runs dev-stack.
 */
final class Elasticsearch implements Server {

    private final StackHome home;
    private final int port;

    Elasticsearch(StackHome home, int port) {
        this.home = home;
        this.port = port;
    }

    @Override
    public String name() {
        return "elasticsearch";
    }

    @Override
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public boolean isReady() {
        return Http.answers200(url() + "/_cluster/health?wait_for_status=yellow&timeout=1s");
    }

    @Override
    public long start() throws IOException {
        String version = Versions.of("elasticsearch");
        Path install = home.servers().resolve("elasticsearch-" + version);
        if (!Files.isRegularFile(install.resolve("bin/elasticsearch"))) {
            Path archive = LocalMavenRepository.artifact(
                    "org.elasticsearch.distribution.integ-test-zip", "elasticsearch", version, "zip");
            Path unpacked = home.servers().resolve("elasticsearch-unpacked");
            try (InputStream in = Files.newInputStream(archive)) {
                Archives.unpack(archive.toString(), in, unpacked);
            }
            Files.move(unpacked.resolve("elasticsearch-" + version), install);
            Archives.deleteRecursively(unpacked);
        }
        Path data = home.data(name());
        Path temp = data.resolve("tmp");
        Path pidFile = home.run().resolve("elasticsearch.pid");
        Files.createDirectories(temp);
        Files.createDirectories(home.run());
        Files.deleteIfExists(pidFile);
        ServiceUser.prepare(home.root());
        // Everything else it reads is in the cache; the JDK is the one thing from outside, so say so if it is private.
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (ServiceUser.runningAsRoot()
                && Commands.run(ServiceUser.wrap(List.of("test", "-x", java.toString()))) != 0) {
            throw new IOException("Elasticsearch runs as the system user " + ServiceUser.NAME + ", who cannot run "
                    + java + ": use a JDK that every user can read, e.g. under /usr/lib/jvm (set JAVA_HOME)");
        }
        Path log = home.logs().resolve("elasticsearch.log");
        // -d: the launcher waits until the server JVM is up, writes its PID and exits.
        Process launcher = ServerProcess.launchUnprivileged(List.of(
                "bash", install.resolve("bin/elasticsearch").toString(),
                "-d", "-p", pidFile.toString(),
                "-Ediscovery.type=single-node", "-Enetwork.host=127.0.0.1", "-Ehttp.port=" + port,
                "-Expack.security.enabled=false",
                "-Epath.data=" + data.resolve("nodes"), "-Epath.logs=" + home.logs().resolve("elasticsearch"),
                "-Ecluster.routing.allocation.disk.threshold_enabled=false"),
                install,
                Map.of("ES_JAVA_HOME", System.getProperty("java.home"),
                        "ES_JAVA_OPTS", "-Xms512m -Xmx512m",
                        "ES_TMPDIR", temp.toString()),
                log);
        ServerProcess.awaitReady(name(), launcher.toHandle(), () -> Files.exists(pidFile) && !launcher.isAlive(),
                Duration.ofSeconds(120), log);
        if (launcher.exitValue() != 0) {
            throw new IOException("Elasticsearch failed to start (exit " + launcher.exitValue() + "); see " + log);
        }
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new IOException("Elasticsearch exited; see " + log));
        ServerProcess.awaitReady(name(), server, this::isReady, Duration.ofSeconds(60), log);
        return pid;
    }
}
