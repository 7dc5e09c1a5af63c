package org.lingong.devstack;

import java.nio.file.Path;

/**
 * Where dev-stack keeps unpacked servers, their data and logs: outside the repository, reused across runs.
 *
 * <p>Defaults to {@code ~/.cache/lingong}; when run as root the servers run as an unprivileged user that cannot enter
 * {@code /root}, so the default is {@code /var/cache/lingong} then. {@code LINGONG_HOME} (or {@code -Dlingong.home})
 * overrides both.
 */
public record StackHome(Path root) {

    public static StackHome resolve() {
        String configured = System.getProperty("lingong.home", System.getenv("LINGONG_HOME"));
        if (configured != null && !configured.isBlank()) {
            return new StackHome(Path.of(configured).toAbsolutePath());
        }
        if (ServiceUser.runningAsRoot()) {
            return new StackHome(Path.of("/var/cache/lingong"));
        }
        return new StackHome(Path.of(System.getProperty("user.home"), ".cache", "lingong"));
    }

    Path servers() {
        return root.resolve("servers");
    }

    Path data(String server) {
        return root.resolve("data").resolve(server);
    }

    public Path logs() {
        return root.resolve("logs");
    }

    Path run() {
        return root.resolve("run");
    }
}
