package org.lingong.devstack;

import java.nio.file.Path;

/**
 * One of the platform's Spring Boot services, as built by Maven into {@code <module>/target/<module>.jar}, with its
 * public port and its management port (actuator: health, probes, metrics), {@value #MANAGEMENT_OFFSET} above. The
 * system property {@value #PORT_OFFSET} (default 0) moves every service's ports, so a benchmark can run a platform of
 * its own beside an end-to-end run on the usual ports.
 */
record PlatformService(String name, int basePort, String maxHeap) {

    static final String PORT_OFFSET = "lingong.platform.port-offset";
    /** Each service's management port is its public port plus this (gateway 8080 → 9080), as in its configuration. */
    static final int MANAGEMENT_OFFSET = 1000;

    int port() {
        return basePort + Integer.getInteger(PORT_OFFSET, 0);
    }

    int managementPort() {
        return port() + MANAGEMENT_OFFSET;
    }

    String managementUrl() {
        return "http://127.0.0.1:" + managementPort();
    }

    String managementPortVariable() {
        return "LINGONG_" + name.toUpperCase().replace('-', '_') + "_MANAGEMENT_PORT";
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
