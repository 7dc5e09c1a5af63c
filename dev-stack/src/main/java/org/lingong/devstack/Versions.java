package org.lingong.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Server versions ({@code postgres}, {@code elasticsearch}, {@code keycloak}), written into the jar from the root pom
 * so there is one place to change them: dev-stack unpacks these, and the test containers run the same.
 */
public final class Versions {

    private static final Properties VERSIONS = load();

    private Versions() {
    }

    public static String of(String server) {
        String version = VERSIONS.getProperty(server + ".version");
        if (version == null) {
            throw new IllegalStateException("no version configured for " + server);
        }
        return version;
    }

    private static Properties load() {
        try (InputStream in = Versions.class.getResourceAsStream("/dev-stack.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
