package org.lingong.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Keycloak in dev mode with the platform realm imported from {@code keycloak/lingong-realm.json}. Keycloak skips the
 * import of a realm that exists, so when the realm file changes its database is reset and the realm imported afresh.
 */
final class Keycloak implements Server {

    static final String REALM = "lingong";
    private static final String REALM_RESOURCE = "/keycloak/lingong-realm.json";
    /** The platform's Keycloak extension (phone and SMS code sign-in), built by the {@code keycloak-phone} module. */
    private static final String PROVIDER_RESOURCE = "/keycloak/providers/keycloak-phone.jar";
    private static final String PROVIDER_FILE = "lingong-keycloak-phone.jar";

    private final StackHome home;
    private final int port;

    Keycloak(StackHome home, int port) {
        this.home = home;
        this.port = port;
    }

    @Override
    public String name() {
        return "keycloak";
    }

    @Override
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public boolean isReady() {
        return Http.answers200(url() + "/realms/" + REALM + "/.well-known/openid-configuration");
    }

    @Override
    public long start() throws IOException {
        String version = Versions.of("keycloak");
        Path install = install();
        if (!Files.isRegularFile(install.resolve("bin/kc.sh"))) {
            Path archive = LocalMavenRepository.artifact("org.keycloak", "keycloak-quarkus-dist", version, "tar.gz");
            Path unpacked = home.servers().resolve("keycloak-unpacked");
            try (InputStream in = Files.newInputStream(archive)) {
                Archives.unpack(archive.toString(), in, unpacked);
            }
            Files.move(unpacked.resolve("keycloak-" + version), install);
            Archives.deleteRecursively(unpacked);
        }
        importRealm(install);
        Files.createDirectories(install.resolve("providers"));
        Files.write(install.resolve("providers").resolve(PROVIDER_FILE), provider());
        Path log = home.logs().resolve("keycloak.log");
        Process launched = ServerProcess.launch(List.of("bash", install.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=" + url(),
                "--import-realm"),
                install,
                Map.of("JAVA_HOME", System.getProperty("java.home"),
                        "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                        "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m"),
                log);
        ServerProcess.awaitReady(name(), launched.toHandle(), this::isReady, Duration.ofSeconds(180), log);
        return ServerProcess.javaProcess(launched.toHandle()).pid();
    }

    /** Deletes Keycloak's dev database and the import marker, so the next start imports the realm afresh. */
    void deleteData() throws IOException {
        Archives.deleteRecursively(install().resolve("data"));
    }

    private Path install() {
        return home.servers().resolve("keycloak-" + Versions.of("keycloak"));
    }

    /** The realm file differs from the one the current Keycloak data was imported from (or there is no data yet). */
    boolean realmChanged() throws IOException {
        Path digestFile = install().resolve("data/import/realm.sha256");
        return !Files.exists(digestFile) || !Files.readString(digestFile).equals(sha256(realmFile()));
    }

    /** The running Keycloak loaded another build of the extension (start-dev re-augments with the new one). */
    boolean providerChanged() throws IOException {
        Path installed = install().resolve("providers").resolve(PROVIDER_FILE);
        return !Files.exists(installed) || !sha256(Files.readAllBytes(installed)).equals(sha256(provider()));
    }

    private static byte[] provider() throws IOException {
        try (InputStream in = Keycloak.class.getResourceAsStream(PROVIDER_RESOURCE)) {
            if (in == null) {
                throw new IOException(PROVIDER_RESOURCE + " is missing: build dev-stack with the keycloak-phone module");
            }
            return in.readAllBytes();
        }
    }

    /** Places the realm file for import; a changed realm file resets Keycloak's dev database. */
    private void importRealm(Path install) throws IOException {
        if (!realmChanged()) {
            return;
        }
        byte[] realm = realmFile();
        Path imports = install.resolve("data/import");
        Archives.deleteRecursively(install.resolve("data/h2"));
        Files.createDirectories(imports);
        Files.write(imports.resolve(REALM + "-realm.json"), realm);
        Files.writeString(imports.resolve("realm.sha256"), sha256(realm));
    }

    private static byte[] realmFile() throws IOException {
        try (InputStream in = Keycloak.class.getResourceAsStream(REALM_RESOURCE)) {
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
