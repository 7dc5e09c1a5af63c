package org.lingong.devstack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL and Elasticsearch refuse to run as root. When dev-stack runs as root (CI does), those two run as the
 * system user {@code lingong}, created on first use, on files in the cache only (a clone in a private folder is out of
 * its reach); everything else — Keycloak, the platform's services — runs as the invoking user.
 */
final class ServiceUser {

    static final String NAME = "lingong";

    private ServiceUser() {
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Creates the system user if needed and gives it the directories the servers write to. */
    static void prepare(Path... ownedDirectories) throws IOException {
        if (!runningAsRoot()) {
            return;
        }
        if (Commands.run(List.of("id", "-u", NAME)) != 0) {
            Commands.check(List.of("useradd", "--system", "--user-group", "--no-create-home",
                    "--shell", "/usr/sbin/nologin", NAME));
        }
        for (Path directory : ownedDirectories) {
            Commands.check(List.of("chown", "-R", NAME + ":" + NAME, directory.toString()));
        }
    }

    /**
     * Prefixes a command so it runs in its own session: Ctrl-C in a terminal doesn't hit it; dev-stack stops it by PID.
     * setsid execs, so the started PID is the server's own.
     */
    static List<String> detached(List<String> command) {
        List<String> wrapped = new ArrayList<>(List.of("setsid"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** {@link #detached} and, as root, under the service user (setpriv execs too). */
    static List<String> wrap(List<String> command) {
        List<String> wrapped = new ArrayList<>(List.of("setsid"));
        if (runningAsRoot()) {
            wrapped.addAll(List.of("setpriv", "--reuid=" + NAME, "--regid=" + NAME, "--init-groups", "--"));
        }
        wrapped.addAll(command);
        return wrapped;
    }
}
