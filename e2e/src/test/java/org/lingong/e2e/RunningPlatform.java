package org.lingong.e2e;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.lingong.devstack.DevStack;
import org.lingong.devstack.Platform;

/**
 * Starts the real servers and the four services from their built jars once for all end-to-end tests, onboards the
 * demo cities through the gateway exactly as {@code ./lingong run} does, and stops the services when the run ends.
 */
final class RunningPlatform implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).computeIfAbsent(RunningPlatform.class, type -> {
            DevStack stack = DevStack.local().ensureRunning();
            Platform platform = new Platform(stack, Path.of("").toAbsolutePath().getParent());
            platform.start();
            try {
                platform.loadDemoData();
            } catch (RuntimeException e) {
                platform.stop();
                throw e;
            }
            return (AutoCloseable) platform::stop;
        }, AutoCloseable.class);
    }

    static DevStack stack() {
        return DevStack.local();
    }
}
