package org.lingong.devstack;

import java.nio.file.Path;

/**
 * {@code start} the servers (reusing running ones), {@code stop}, {@code status}, {@code reset} (stop and delete
 * data), or {@code up}: servers, all four services and the demo tenants, until Ctrl-C.
 */
public final class DevStackCli {

    private DevStackCli() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "status" : args[0];
        DevStack stack = DevStack.local();
        switch (command) {
            case "start" -> stack.ensureRunning();
            case "stop" -> stack.stop();
            case "status" -> stack.status().forEach((server, state) -> System.out.printf("%-14s %s%n", server, state));
            case "reset" -> stack.reset();
            case "up" -> up(stack);
            default -> {
                System.err.println("usage: dev-stack start|stop|status|reset|up");
                System.exit(2);
            }
        }
    }

    private static void up(DevStack stack) throws Exception {
        Platform platform = new Platform(stack, Path.of("").toAbsolutePath());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Lingong Cloud …");
            platform.stop();
            stack.stop();
        }));
        stack.ensureRunning();
        platform.start();
        platform.loadDemoData();
        System.out.println(Welcome.text(stack));
        Thread.currentThread().join();
    }
}
