package org.lingong.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** Starting, watching and stopping one server process by its own PID. */
final class ServerProcess {

    private static final Duration POLL = Duration.ofMillis(250);

    private ServerProcess() {
    }

    /**
     * Starts a detached process as the user who runs dev-stack, with output appended to its log file; it outlives this
     * JVM. The platform's services and Keycloak run so: they read the clone (jars, realm file), which may be private.
     */
    static Process launch(List<String> command, Path workDir, Map<String, String> environment, Path log)
            throws IOException {
        return start(ServiceUser.detached(command), workDir, environment, log);
    }

    /**
     * Like {@link #launch}, but as the unprivileged service user when dev-stack runs as root: for PostgreSQL and
     * Elasticsearch, which refuse root and read only what dev-stack placed in its cache.
     */
    static Process launchUnprivileged(List<String> command, Path workDir, Map<String, String> environment, Path log)
            throws IOException {
        return start(ServiceUser.wrap(command), workDir, environment, log);
    }

    private static Process start(List<String> command, Path workDir, Map<String, String> environment, Path log)
            throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Polls until {@code ready} holds; fails early when the process dies, pointing at its log. */
    static void awaitReady(String name, ProcessHandle process, BooleanSupplier ready, Duration timeout, Path log)
            throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (ready.getAsBoolean()) {
                return;
            }
            if (!process.isAlive()) {
                throw new IOException(name + " exited before it was ready; see " + log);
            }
            sleep(POLL);
        }
        throw new IOException(name + " was not ready within " + timeout.toSeconds() + " s; see " + log);
    }

    static boolean isAlive(long pid) {
        return pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Asks the process to stop (SIGTERM), waits for it, and kills it only if it won't go. */
    static void stop(long pid, Duration grace) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return;
        }
        ProcessHandle process = handle.get();
        process.destroy();
        Instant deadline = Instant.now().plus(grace);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            sleep(POLL);
        }
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    /** The Java process of a server started through a wrapper script (Keycloak's kc.sh stays as the parent). */
    static ProcessHandle javaProcess(ProcessHandle launched) {
        if (isJava(launched)) {
            return launched;
        }
        return launched.descendants().filter(ServerProcess::isJava).findFirst().orElse(launched);
    }

    private static boolean isJava(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("/java")).orElse(false);
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
