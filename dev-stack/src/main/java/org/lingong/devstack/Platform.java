package org.lingong.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The four platform services started from their built jars against running servers: used by {@code ./lingong run}
 * (dev-stack's shared servers and data) and by the end-to-end tests (a database, realm and index of their own, see
 * {@code TestRun}), so both exercise the same start-up. The services run as the invoking user: they read the clone.
 */
public final class Platform {

    static final List<PlatformService> SERVICES = List.of(
            new PlatformService("tenant-core", 8081, "512m"),
            new PlatformService("search", 8082, "384m"),
            new PlatformService("gateway", 8080, "384m"),
            new PlatformService("admin-ui", 8090, "512m"));

    private final ServerAddresses servers;
    private final Path logs;
    private final Path repository;
    private final Map<String, String> overrides;
    private final Map<String, Long> pids = new ConcurrentHashMap<>();

    public Platform(DevStack stack, Path repository) {
        this(stack, repository, Map.of());
    }

    /** With environment variables that override the defaults for every service, e.g. another database. */
    public Platform(DevStack stack, Path repository, Map<String, String> overrides) {
        this(stack.addresses(), stack.home().logs(), repository, overrides);
    }

    /** Against these servers, logging into {@code logs}, with environment variables that override the defaults. */
    public Platform(ServerAddresses servers, Path logs, Path repository, Map<String, String> overrides) {
        this.servers = servers;
        this.logs = logs;
        this.repository = repository;
        this.overrides = Map.copyOf(overrides);
    }

    public static String gatewayUrl() {
        return service("gateway").url();
    }

    public static String adminUiUrl() {
        return service("admin-ui").url();
    }

    public static String serviceUrl(String name) {
        return service(name).url();
    }

    /** Where a service answers actuator (health, probes, metrics): its management port, never the public one. */
    public static String managementUrl(String name) {
        return service(name).managementUrl();
    }

    /** Starts every service at once and waits until each reports healthy. */
    public void start() {
        for (PlatformService service : SERVICES) {
            if (Http.answers200(service.managementUrl() + "/actuator/health")) {
                throw new IllegalStateException(service.name() + " already answers on port " + service.managementPort()
                        + ": is another ./lingong run still up?");
            }
        }
        List<Thread> starts = new ArrayList<>();
        List<RuntimeException> failures = new ArrayList<>();
        for (PlatformService service : SERVICES) {
            starts.add(Thread.ofVirtual().start(() -> {
                try {
                    startService(service, Map.of());
                } catch (IOException | RuntimeException e) {
                    synchronized (failures) {
                        failures.add(new IllegalStateException(service.name() + ": " + e.getMessage(), e));
                    }
                }
            }));
        }
        for (Thread start : starts) {
            try {
                start.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting the platform", e);
            }
        }
        if (!failures.isEmpty()) {
            stop();
            throw failures.getFirst();
        }
    }

    /**
     * Stops one running service and starts it again with extra environment variables; returns the time from launch to
     * healthy (the benchmarks use it to time tenant-core's start-up with many tenant schemas).
     */
    public Duration restart(String name, Map<String, String> extraEnvironment) throws IOException {
        stop(name);
        return startService(service(name), extraEnvironment);
    }

    /** Stops one running service; {@link #restart} starts it again (the search benchmark's degraded mode). */
    public void stop(String name) {
        Long pid = pids.remove(service(name).name());
        if (pid != null) {
            ServerProcess.stop(pid, Duration.ofSeconds(20));
        }
    }

    private Duration startService(PlatformService service, Map<String, String> extraEnvironment) throws IOException {
        Path jar = service.jar(repository);
        if (!Files.isRegularFile(jar)) {
            throw new IOException(jar + " is missing: build first (./mvnw package -DskipTests)");
        }
        long started = System.nanoTime();
        // A platform on moved ports (PlatformService.PORT_OFFSET) logs beside the usual one, not over it.
        Path log = logs.resolve(service.name()
                + (service.port() == service.basePort() ? "" : "-" + service.port()) + ".log");
        Files.deleteIfExists(log);
        Map<String, String> environment = environment();
        environment.put("SERVER_PORT", String.valueOf(service.port())); // the gateway's port is fixed in its configuration
        environment.putAll(extraEnvironment);
        Process process = ServerProcess.launch(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + service.maxHeap(), "-XX:+UseSerialGC", "-Duser.timezone=Asia/Shanghai",
                "-jar", jar.toString()), repository, environment, log);
        pids.put(service.name(), process.pid());
        ServerProcess.awaitReady(service.name(), process.toHandle(),
                () -> Http.answers200(service.managementUrl() + "/actuator/health"), Duration.ofSeconds(240), log);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("platform: %s ready at %s (%.1f s)%n", service.name(), service.url(), took.toMillis() / 1e3);
        return took;
    }

    /** Each service finds the servers and its peers through these variables (see docs/operations.md). */
    private Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("LINGONG_DB_URL", servers.jdbcUrl());
        environment.put("LINGONG_ES_URL", servers.elasticsearchUrl());
        environment.put("LINGONG_ISSUER_URI", servers.issuerUri());
        environment.put("LINGONG_KEYCLOAK_URL", servers.keycloakUrl());
        environment.put("LINGONG_KEYCLOAK_REALM", servers.realm());
        for (PlatformService service : SERVICES) {
            environment.put(service.portVariable(), String.valueOf(service.port()));
            environment.put(service.managementPortVariable(), String.valueOf(service.managementPort()));
            environment.put("LINGONG_" + service.name().toUpperCase().replace('-', '_') + "_URL", service.url());
        }
        // On a developer's machine and in the tests: the development secrets are accepted (and logs are plain text).
        // Any other start is production and refuses them (common's DevDefaultsGuard).
        environment.put("SPRING_PROFILES_ACTIVE", "dev");
        // Uploaded logos are addressed through the gateway as browsers reach it, on whichever port it runs.
        environment.put("LINGONG_PUBLIC_URL", "http://localhost:" + service("gateway").port());
        environment.putAll(overrides);
        return environment;
    }

    /** Stops the services this platform started (gateway and UI first, so nothing routes to a stopped service). */
    public void stop() {
        for (PlatformService service : SERVICES.reversed()) {
            Long pid = pids.remove(service.name());
            if (pid != null) {
                ServerProcess.stop(pid, Duration.ofSeconds(20));
            }
        }
    }

    /** Onboards the demo cities through the gateway, as an operator would. */
    public void loadDemoData() {
        DemoTenants.onboard(servers.issuerUri(), gatewayUrl());
    }

    /** Resident memory of each running service process, from /proc, in MiB. */
    public Map<String, Long> residentMemoryMiB() {
        Map<String, Long> memory = new HashMap<>();
        pids.forEach((name, pid) -> memory.put(name, ResidentMemory.ofMiB(pid)));
        return memory;
    }

    private static PlatformService service(String name) {
        return SERVICES.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown service " + name));
    }
}
