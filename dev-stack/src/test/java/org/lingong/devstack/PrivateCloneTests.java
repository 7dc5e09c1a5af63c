package org.lingong.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clone in a private folder (mode 0700, as every folder under {@code /root} is) works as root: the platform launches
 * a service from the jar in the clone exactly as {@code run} and the end-to-end tests do, and it gets ready. (When the
 * services dropped to the system user {@code lingong}, it could not read the jar and exited at once.)
 */
class PrivateCloneTests {

    private static final String SERVICE = "admin-ui";

    @TempDir
    Path temp;

    private Platform platform;

    @AfterEach
    void stopService() {
        if (platform != null) {
            platform.stop(SERVICE);
        }
        System.clearProperty(PlatformService.PORT_OFFSET);
    }

    @Test
    void aServiceInAPrivateCloneGetsReady() throws Exception {
        Path clone = Files.createDirectory(temp.resolve("clone"));
        Files.setPosixFilePermissions(clone, PosixFilePermissions.fromString("rwx------"));
        Path jar = serviceJar(clone.resolve(SERVICE).resolve("target"), SERVICE + ".jar");
        if (ServiceUser.runningAsRoot()) {
            assertThat(Commands.run(ServiceUser.wrap(List.of("test", "-r", jar.toString()))))
                    .as("the service user cannot read a private clone, so services must not run as it").isNotZero();
        }
        try (ServerSocket free = new ServerSocket(0)) {
            System.setProperty(PlatformService.PORT_OFFSET, String.valueOf(free.getLocalPort() - 8090));
        }
        platform = new Platform(DevStack.local().addresses(), temp.resolve("logs"), clone, Map.of());

        Duration took = platform.restart(SERVICE, Map.of());

        assertThat(Http.answers200(Platform.adminUiUrl() + "/actuator/health")).isTrue();
        assertThat(took).isPositive();
        ProcessHandle service = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(jar.toString())).findFirst().orElseThrow();
        assertThat(service.info().user()).hasValue(System.getProperty("user.name"));
    }

    /**
     * A stand-in for a service jar, built here: a tiny HTTP server that answers {@code /actuator/health} on
     * {@code SERVER_PORT}, as a Spring Boot service does once it is up.
     */
    private Path serviceJar(Path directory, String name) throws IOException {
        Path sources = Files.createDirectories(temp.resolve("src"));
        Path classes = Files.createDirectories(temp.resolve("classes"));
        Path source = Files.writeString(sources.resolve("Health.java"), """
                public class Health {
                    public static void main(String[] args) throws Exception {
                        var server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress(
                                "127.0.0.1", Integer.parseInt(System.getenv("SERVER_PORT"))), 0);
                        server.createContext("/actuator/health", exchange -> {
                            byte[] body = "{\\"status\\":\\"UP\\"}".getBytes();
                            exchange.sendResponseHeaders(200, body.length);
                            exchange.getResponseBody().write(body);
                            exchange.close();
                        });
                        server.start();
                    }
                }
                """);
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                source.toString())).isZero();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Health");
        Path jar = Files.createDirectories(directory).resolve(name);
        try (OutputStream out = Files.newOutputStream(jar);
             JarOutputStream entries = new JarOutputStream(out, manifest)) {
            entries.putNextEntry(new JarEntry("Health.class"));
            entries.write(Files.readAllBytes(classes.resolve("Health.class")));
            entries.closeEntry();
        }
        return jar;
    }
}
