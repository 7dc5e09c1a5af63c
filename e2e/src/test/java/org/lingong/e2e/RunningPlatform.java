package org.lingong.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.lingong.devstack.DemoTenants;
import org.lingong.devstack.Platform;
import org.lingong.devstack.junit.KeycloakAdmin;
import org.lingong.devstack.junit.TestRun;
import org.lingong.devstack.junit.TestServers;

/**
 * The platform of this end-to-end run, started once for all its tests and stopped when the run ends: the four services
 * from their built jars on ports of their own (100 above {@code ./lingong run}'s, set in the e2e pom), against the test
 * servers but with data of their own — a database, a Keycloak realm made from the realm file, and a jobs index
 * ({@link TestRun}) — so whatever a person does with {@code run} never reaches a test, and the reverse. The demo
 * cities are onboarded through the gateway exactly as {@code run} does; a test that counts or lists what a city has
 * onboards a city of its own ({@link Cities}). The services log to {@code target/platform-logs/}.
 */
final class RunningPlatform implements BeforeAllCallback {

    private static volatile Started started;

    private record Started(TestRun run, ElasticsearchProxy elasticsearch, Platform platform) implements AutoCloseable {

        @Override
        public void close() {
            try {
                platform.stop();
                elasticsearch.close();
            } finally {
                run.close();
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).computeIfAbsent(RunningPlatform.class,
                type -> start(), AutoCloseable.class);
    }

    private static AutoCloseable start() {
        TestRun run = TestRun.begin(TestServers.shared(), "e2e");
        ElasticsearchProxy elasticsearch = new ElasticsearchProxy(run.addresses().elasticsearchUrl());
        Platform platform = new Platform(run.addresses().withElasticsearch(elasticsearch.url()),
                Path.of("target", "platform-logs").toAbsolutePath(), Path.of("").toAbsolutePath().getParent(),
                Map.of("LINGONG_SEARCH_JOBS_INDEX", run.jobsIndex(), "LINGONG_SEARCH_JOBS_ALIAS", run.jobsAlias()));
        Started platformOfRun = new Started(run, elasticsearch, platform);
        try {
            System.out.printf("e2e: run %s, gateway %s, logs in %s%n", run.id(), Platform.gatewayUrl(),
                    Path.of("target", "platform-logs").toAbsolutePath());
            platform.start();
            // The realm file's phone sign-in delivers codes to ./lingong run's tenant-core; this run's is elsewhere.
            new KeycloakAdmin(TestServers.shared().keycloak()).configurePhoneSignIn(run.addresses().realm(),
                    Map.of("tenantCoreUrl", Platform.serviceUrl("tenant-core")));
            platform.loadDemoData();
        } catch (RuntimeException e) {
            platformOfRun.close();
            throw e;
        }
        started = platformOfRun;
        return platformOfRun;
    }

    private static Started started() {
        if (started == null) {
            throw new IllegalStateException("the test class needs @ExtendWith(RunningPlatform.class)");
        }
        return started;
    }

    /** The issuer of this run's realm, e.g. {@code http://127.0.0.1:18080/realms/lingong-e2e-…}. */
    static String issuerUri() {
        return started().run().addresses().issuerUri();
    }

    /** The run's realm name. */
    static String realm() {
        return started().run().addresses().realm();
    }

    private record Issued(String token, Instant at) {
    }

    private static final Map<String, Issued> TOKENS = new ConcurrentHashMap<>();
    /** Access tokens live five minutes in the realm: one is reused for four. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(4);

    /**
     * An access token of a demo login of this run's realm (password {@code demo}), reused while it is fresh: hundreds
     * of password grants a second for one account look like an attack to Keycloak's brute-force detection, which then
     * locks the account for the rest of the run.
     */
    static String token(String username) {
        return TOKENS.compute(username, (user, issued) -> issued != null
                && issued.at().plus(TOKEN_REUSE).isAfter(Instant.now()) ? issued
                : new Issued(DemoTenants.passwordGrantToken(issuerUri(), user, "demo"), Instant.now())).token();
    }

    /** A service's access token from the run's realm (client credentials), as a pod holding its secret gets one. */
    static String serviceToken(String clientId, String secret) {
        return DemoTenants.clientCredentialsToken(issuerUri(), clientId, secret);
    }

    /** The run's Keycloak, e.g. {@code http://127.0.0.1:18080}. */
    static String keycloakUrl() {
        return started().run().addresses().keycloakUrl();
    }

    /** The master administrator's admin API of the run's Keycloak. */
    static KeycloakAdmin keycloak() {
        return new KeycloakAdmin(TestServers.shared().keycloak());
    }

    /** Elasticsearch as this run's search service reaches it: cut off and restored for the outage test. */
    static ElasticsearchProxy elasticsearch() {
        return started().elasticsearch();
    }
}
