package org.lingong.bench;

import java.util.Arrays;

/** {@code ./lingong bench <name>}: runs one benchmark and prints its results as Markdown for docs/benchmarks.md. */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        String name = args.length == 0 ? "startup" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        switch (name) {
            case "startup" -> StartupBenchmark.run(rest);
            case "tenancy" -> TenancyBenchmark.run(rest);
            case "search" -> SearchBenchmark.run(rest);
            case "grab" -> GrabBenchmark.run(rest);
            case "clock" -> ClockBenchmark.run(rest);
            case "push" -> PushBenchmark.run(rest);
            case "signup" -> SignUpBenchmark.run(rest);
            case "screening" -> ScreeningBenchmark.run(rest);
            default -> {
                System.err.println("benchmarks: startup | tenancy [cities, default 400] | search [jobs, default 1000000] [seconds] | grab | clock [orders, default 100000] [minutes, default 5] | push [workers, default 100] [jobs, default 30] | signup [sign-ups, default 1000] [at a time, default 8] | screening [postings, default 2000]");
                System.exit(2);
            }
        }
    }
}
