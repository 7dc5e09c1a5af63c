package org.lingong.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** The machine's load average, printed with results: numbers taken on a busy machine say little. */
final class LoadAverage {

    /** Below this at the start, the machine counts as quiet. */
    static final double QUIET = 1.5;

    private LoadAverage() {
    }

    /** {@code /proc/loadavg} as it reads now: the 1, 5 and 15-minute averages, then task counts. */
    static String now() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }

    /** Waits until the 1-minute average falls below {@link #QUIET}, at most {@code atMost}; the load then. */
    static String awaitQuiet(Duration atMost) throws Exception {
        Instant deadline = Instant.now().plus(atMost);
        while (Double.parseDouble(now().split(" ")[0]) >= QUIET && Instant.now().isBefore(deadline)) {
            Thread.sleep(5_000);
        }
        return now();
    }
}
