package org.lingong.devstack;

import java.nio.file.Path;

/**
 * One of the platform's Spring Boot services, as built by Maven into {@code <module>/target/<module>.jar}. The system
 * property {@value #PORT_OFFSET} (default 0) moves every service's port, so a benchmark can run a platform of its own
 * beside an end-to-end run on the usual ports.
 */
record PlatformService(String name, int basePort, String maxHeap) {

    static final String PORT_OFFSET = "lingong.platform.port-offset";

    int port() {
        return basePort + Integer.getInteger(PORT_OFFSET, 0);
    }

    Path jar(Path repository) {
        return repository.resolve(name).resolve("target").resolve(name + ".jar");
    }

    String url() {
        return "http://127.0.0.1:" + port();
    }

    String portVariable() {
        return "LINGONG_" + name.toUpperCase().replace('-', '_') + "_PORT";
    }
}
