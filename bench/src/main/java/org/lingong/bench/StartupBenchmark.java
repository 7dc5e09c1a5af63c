package org.lingong.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lingong.devstack.DevStack;
import org.lingong.devstack.Platform;

/**
 * Time from nothing to "ready" — servers, services, demo cities onboarded — from a cold cache (servers not yet
 * unpacked, no data) and a warm one (everything unpacked, data kept), in one run; then the resident memory of every
 * process. The warm/cold ratio is what to compare between machines; the absolute seconds depend on the machine.
 */
final class StartupBenchmark {

    private StartupBenchmark() {
    }

    static void run(String[] args) throws Exception {
        DevStack stack = DevStack.local();
        Path repository = Path.of("").toAbsolutePath();

        stack.stop();
        stack.wipeInstalls();
        Map<String, Duration> cold = startAll(stack, repository, false);
        Map<String, Duration> warm = startAll(stack, repository, true);

        System.out.println("| phase | cold cache | warm cache | warm / cold |");
        System.out.println("|---|---:|---:|---:|");
        for (String phase : cold.keySet()) {
            System.out.printf("| %s | %.1f s | %.1f s | %.2f |%n", phase, seconds(cold.get(phase)),
                    seconds(warm.get(phase)), seconds(warm.get(phase)) / seconds(cold.get(phase)));
        }
    }

    /** Starts everything, measures each phase, reports memory on the warm run, and stops everything again. */
    private static Map<String, Duration> startAll(DevStack stack, Path repository, boolean reportMemory) {
        Map<String, Duration> phases = new LinkedHashMap<>();
        long begin = System.nanoTime();
        stack.ensureRunning();
        long serversReady = System.nanoTime();
        Platform platform = new Platform(stack, repository);
        platform.start();
        long servicesReady = System.nanoTime();
        platform.loadDemoData();
        long end = System.nanoTime();
        phases.put("PostgreSQL + Elasticsearch + Keycloak", Duration.ofNanos(serversReady - begin));
        phases.put("four services healthy", Duration.ofNanos(servicesReady - serversReady));
        phases.put("four demo cities onboarded", Duration.ofNanos(end - servicesReady));
        phases.put("total, to ready", Duration.ofNanos(end - begin));
        if (reportMemory) {
            System.out.println("| process | resident memory |");
            System.out.println("|---|---:|");
            stack.residentMemoryMiB().forEach((name, mib) -> System.out.printf("| %s | %d MiB |%n", name, mib));
            platform.residentMemoryMiB().forEach((name, mib) -> System.out.printf("| %s | %d MiB |%n", name, mib));
            System.out.println();
        }
        platform.stop();
        stack.stop();
        return phases;
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
