package org.lingong.devstack;

import java.nio.file.Path;

/** One of the platform's Spring Boot services, as built by Maven into {@code <module>/target/<module>.jar}. */
record PlatformService(String name, int port, String maxHeap) {

    Path jar(Path repository) {
        return repository.resolve(name).resolve("target").resolve(name + ".jar");
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String portVariable() {
        return "LINGONG_" + name.toUpperCase().replace('-', '_') + "_PORT";
    }
}
