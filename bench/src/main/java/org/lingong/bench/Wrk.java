package org.lingong.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs Debian's wrk against a URL and reads its throughput, latency percentiles and error count. */
final class Wrk {

    /** {@code marked}: answers a script counted and reported as "marked answers: N" (0 when it counts none). */
    record Result(double requestsPerSecond, double p50Millis, double p99Millis, long non2xx, long marked) {
    }

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern MARKED = Pattern.compile("marked answers: (\\d+)");

    private Wrk() {
    }

    static Result run(String url, int connections, int seconds, String... headers) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + Math.min(2, connections), "-c" + connections, "-d" + seconds + "s", "--latency"));
        for (String header : headers) {
            command.addAll(List.of("-H", header));
        }
        command.add(url);
        return execute(command);
    }

    /** Runs wrk with a Lua script that makes the requests (e.g. cycling through a list of queries). */
    static Result run(String baseUrl, int connections, int seconds, Path script) throws IOException, InterruptedException {
        return execute(new ArrayList<>(List.of("wrk", "-t" + Math.min(2, connections), "-c" + connections,
                "-d" + seconds + "s", "--latency", "-s", script.toString(), baseUrl)));
    }

    private static Result execute(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("wrk failed (is it installed? apt-get install wrk):\n" + output);
        }
        return new Result(number(RATE, output), percentile(output, "50%"), percentile(output, "99%"),
                count(NON_2XX, output), count(MARKED, output));
    }

    private static long count(Pattern pattern, String output) {
        return pattern.matcher(output).find() ? Long.parseLong(match(pattern, output)) : 0;
    }

    private static double percentile(String output, String which) {
        Matcher m = Pattern.compile("\\s" + which + "\\s+([0-9.]+)(us|ms|s)").matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no " + which + " latency in wrk output:\n" + output);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    private static double number(Pattern pattern, String output) {
        return Double.parseDouble(match(pattern, output));
    }

    private static String match(Pattern pattern, String output) {
        Matcher m = pattern.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("unexpected wrk output:\n" + output);
        }
        return m.group(1);
    }
}
