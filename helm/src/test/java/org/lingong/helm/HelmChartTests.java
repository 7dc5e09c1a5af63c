package org.lingong.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lingong.helm.Manifests.at;
import static org.lingong.helm.Manifests.container;
import static org.lingong.helm.Manifests.env;
import static org.lingong.helm.Manifests.value;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.FileSystemUtils;

/** Lints and renders helm/lingong with the Helm library embedded by helm-java (no helm executable here). */
class HelmChartTests {

    /** Base64 of 32 bytes, as each personal-data key and the blind-index key must be. */
    private static final String PII_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    /** The personal-data key ring: the current key first, the one before it still listed. */
    private static final String PII_KEYS = "2026b:" + PII_KEY.replace('M', 'O') + ",2026a:" + PII_KEY;

    /** The blind-index key: a key of its own, never one of the ring. */
    private static final String PII_INDEX_KEY = PII_KEY.replace('M', 'Z');

    /** The contract chain's keys: the current one first, the one before it still listed. */
    private static final String CHAIN_KEYS = "2027a:" + PII_KEY.replace('M', 'N') + ",2026a:" + PII_KEY;

    static final Path CHART = Path.of("lingong").toAbsolutePath();

    /** Without a cluster the embedded Helm assumes Kubernetes v1.20, below the chart's kubeVersion floor. */
    private static final String KUBE_VERSION = "1.31.0";

    private static final Map<String, Integer> PORTS =
            Map.of("gateway", 8080, "tenant-core", 8081, "search", 8082, "admin-ui", 8090);
    private static final Map<String, Integer> MANAGEMENT_PORTS =
            Map.of("gateway", 9080, "tenant-core", 9081, "search", 9082, "admin-ui", 9090);

    private static final String ISSUER = "https://auth.example.cn/realms/lingong";

    private final Helm helm = new Helm(CHART);

    @Test
    void lintsWithoutErrorsOrWarningsInStrictMode() {
        LintResult result = helm.lint().strict().call();

        assertThat(result.isFailed()).as("lint messages: %s", result.getMessages()).isFalse();
        assertThat(result.getMessages()).noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
    }

    @Test
    void lintReportsABrokenChart(@TempDir Path copy) throws IOException {
        FileSystemUtils.copyRecursively(CHART, copy);
        Files.writeString(copy.resolve("templates/broken.yaml"), "{{ .Values.nope.deeper }}\n");

        LintResult result = new Helm(copy).lint().strict().call();

        assertThat(result.isFailed()).isTrue();
        assertThat(result.getMessages()).anyMatch(m -> m.contains("[ERROR]") && m.contains("broken.yaml"));
    }

    @Test
    void rendersDeploymentServiceAndAutoscalerForEveryService() {
        Manifests manifests = render(required());

        PORTS.forEach((service, port) -> {
            String name = "lingong-" + service;
            Map<String, Object> deployment = manifests.get("Deployment", name);
            Map<String, Object> container = container(deployment);
            assertThat(at(container, "image").toString()).isEqualTo("lingong/" + service + ":0.1.0");
            assertThat(value(container, "ports", 0, "containerPort")).isEqualTo(port);
            assertThat(value(container, "resources", "requests", "cpu")).isNotNull();
            assertThat(value(container, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);

            Map<String, Object> svc = manifests.get("Service", name);
            assertThat(value(svc, "spec", "ports", 0, "port")).isEqualTo(port);
            assertThat(value(svc, "spec", "ports", 0, "targetPort")).isEqualTo("http");
            Map<String, Object> podLabels = at(deployment, "spec", "template", "metadata", "labels");
            Map<String, Object> selector = at(svc, "spec", "selector");
            assertThat(podLabels).containsAllEntriesOf(selector).containsEntry("app.kubernetes.io/component", service);
            assertThat(Manifests.<Map<String, Object>>at(deployment, "spec", "selector", "matchLabels")).isEqualTo(selector);
        });

        for (String service : List.of("gateway", "tenant-core", "search")) {
            Map<String, Object> hpa = manifests.get("HorizontalPodAutoscaler", "lingong-" + service);
            assertThat(value(hpa, "apiVersion")).isEqualTo("autoscaling/v2");
            assertThat(value(hpa, "spec", "scaleTargetRef", "name")).isEqualTo("lingong-" + service);
            assertThat(value(hpa, "spec", "minReplicas")).isEqualTo(2);
            assertThat(value(hpa, "spec", "metrics", 0, "resource", "target", "averageUtilization")).isEqualTo(70);
            // The autoscaler owns the replica count.
            assertThat(value(manifests.get("Deployment", "lingong-" + service), "spec", "replicas")).isNull();
        }
        // Vaadin keeps UI state in the session: admin-ui stays at one replica unless an operator opts in.
        assertThat(manifests.find("HorizontalPodAutoscaler", "lingong-admin-ui")).isEmpty();
        assertThat(value(manifests.get("Deployment", "lingong-admin-ui"), "spec", "replicas")).isEqualTo(1);
        assertThat(manifests.find("Ingress", "lingong")).isEmpty();
    }

    @Test
    void wiresEveryServiceToTheSharedConfigMapAndOnlyItsOwnSecrets() {
        Manifests manifests = render(required().withName("lingong-prod"));

        Map<String, Object> config = at(manifests.get("ConfigMap", "lingong-prod"), "data");
        assertThat(config)
                .containsEntry("LINGONG_PLATFORM_DOMAIN", "lingong.example.cn")
                .containsEntry("LINGONG_PUBLIC_URL", "http://lingong.example.cn")
                .containsEntry("LINGONG_DB_URL", "jdbc:postgresql://pg.example.cn:5432/lingong?sslmode=require")
                .containsEntry("LINGONG_DB_USER", "lingong")
                .containsEntry("LINGONG_ES_URL", "http://es.example.cn:9200")
                .containsEntry("LINGONG_ISSUER_URI", ISSUER)
                .containsEntry("LINGONG_KEYCLOAK_URL", "https://auth.example.cn")
                .containsEntry("LINGONG_GATEWAY_URL", "http://lingong-prod-gateway:8080")
                .containsEntry("LINGONG_TENANT_CORE_URL", "http://lingong-prod-tenant-core:8081")
                .containsEntry("LINGONG_SEARCH_URL", "http://lingong-prod-search:8082")
                .doesNotContainKeys("LINGONG_DB_PASSWORD", "LINGONG_SERVICES_CLIENT_ID",
                        "LINGONG_SERVICES_CLIENT_SECRET");

        // Each service's Secret holds its own client secret; only tenant-core's the database password and PII keys.
        Map<String, Object> tenantCoreSecret = at(manifests.get("Secret", "lingong-prod-tenant-core"), "data");
        assertThat(decode(tenantCoreSecret.get("db-password"))).isEqualTo("db-secret,with=odd chars");
        assertThat(decode(tenantCoreSecret.get("client-secret"))).isEqualTo("tenant-core-secret");
        assertThat(decode(tenantCoreSecret.get("pii-keys"))).isEqualTo(PII_KEYS);
        assertThat(decode(tenantCoreSecret.get("pii-index-key"))).isEqualTo(PII_INDEX_KEY);
        assertThat(tenantCoreSecret).doesNotContainKey("pii-key");
        for (String service : List.of("gateway", "search")) {
            Map<String, Object> secret = at(manifests.get("Secret", "lingong-prod-" + service), "data");
            assertThat(secret.keySet()).as(service).containsExactly("client-secret");
            assertThat(decode(secret.get("client-secret"))).isEqualTo(service + "-secret");
        }
        assertThat(manifests.find("Secret", "lingong-prod-admin-ui")).as("admin-ui holds no secret").isEmpty();
        assertThat(decode(tenantCoreSecret.get("contract-chain-keys"))).isEqualTo(CHAIN_KEYS);
        assertThat(decode(tenantCoreSecret.get("real-name-access-key-id"))).isEqualTo("LTAI-real-name");
        assertThat(decode(tenantCoreSecret.get("real-name-access-key-secret"))).isEqualTo("real-name-secret");
        Map<String, Map<String, Object>> tenantCore =
                env(container(manifests.get("Deployment", "lingong-prod-tenant-core")));
        assertThat(value(tenantCore.get("LINGONG_CONTRACT_CHAIN_KEYS"), "valueFrom", "secretKeyRef"))
                .isEqualTo(Map.of("name", "lingong-prod-tenant-core", "key", "contract-chain-keys"));
        assertThat(value(tenantCore.get("LINGONG_EXPORTS_DIR"), "value")).isEqualTo("/var/lib/lingong/exports");
        assertThat(value(tenantCore.get("LINGONG_REAL_NAME_PROVIDER"), "value")).isEqualTo("aliyun");
        assertThat(value(tenantCore.get("LINGONG_REAL_NAME_ACCESS_KEY_SECRET"), "valueFrom", "secretKeyRef"))
                .isEqualTo(Map.of("name", "lingong-prod-tenant-core", "key", "real-name-access-key-secret"));
        for (String other : List.of("gateway", "search", "admin-ui")) {
            assertThat(env(container(manifests.get("Deployment", "lingong-prod-" + other))))
                    .doesNotContainKeys("LINGONG_CONTRACT_CHAIN_KEYS", "LINGONG_PII_KEYS", "LINGONG_PII_INDEX_KEY",
                            "LINGONG_EXPORTS_DIR", "LINGONG_REAL_NAME_ACCESS_KEY_ID",
                            "LINGONG_REAL_NAME_ACCESS_KEY_SECRET", "LINGONG_SMS_ALIYUN_ACCESS_KEY_ID",
                            "LINGONG_SMS_ALIYUN_ACCESS_KEY_SECRET", "LINGONG_SMS_TENCENT_SECRET_ID",
                            "LINGONG_SMS_TENCENT_SECRET_KEY");
        }

        for (String service : PORTS.keySet()) {
            Map<String, Object> container = container(manifests.get("Deployment", "lingong-prod-" + service));
            assertThat(value(container, "envFrom", 0, "configMapRef", "name")).isEqualTo("lingong-prod");
            Map<String, Map<String, Object>> env = env(container);
            assertThat(env).as(service + ": no profile, so the development secrets are refused")
                    .doesNotContainKey("SPRING_PROFILES_ACTIVE");
            if (service.equals("admin-ui")) {
                assertThat(env).doesNotContainKeys("LINGONG_SERVICES_CLIENT_ID", "LINGONG_SERVICES_CLIENT_SECRET",
                        "LINGONG_DB_PASSWORD", "LINGONG_PII_KEYS", "LINGONG_PII_INDEX_KEY");
                continue;
            }
            assertThat(value(env.get("LINGONG_SERVICES_CLIENT_ID"), "value")).isEqualTo("lingong-" + service);
            assertThat(value(env.get("LINGONG_SERVICES_CLIENT_SECRET"), "valueFrom", "secretKeyRef"))
                    .isEqualTo(Map.of("name", "lingong-prod-" + service, "key", "client-secret"));
            if (service.equals("tenant-core")) {
                assertThat(value(env.get("LINGONG_DB_PASSWORD"), "valueFrom", "secretKeyRef"))
                        .isEqualTo(Map.of("name", "lingong-prod-tenant-core", "key", "db-password"));
                assertThat(value(env.get("LINGONG_PII_KEYS"), "valueFrom", "secretKeyRef"))
                        .isEqualTo(Map.of("name", "lingong-prod-tenant-core", "key", "pii-keys"));
                assertThat(value(env.get("LINGONG_PII_INDEX_KEY"), "valueFrom", "secretKeyRef"))
                        .isEqualTo(Map.of("name", "lingong-prod-tenant-core", "key", "pii-index-key"));
                assertThat(env).doesNotContainKey("LINGONG_PII_KEY");
            } else {
                assertThat(env).as(service)
                        .doesNotContainKeys("LINGONG_DB_PASSWORD", "LINGONG_PII_KEYS", "LINGONG_PII_INDEX_KEY");
            }
        }
    }

    @Test
    void theDevelopmentClientSecretIsRefused() {
        assertThatThrownBy(() -> render(required().set("keycloak.clients.gateway.secret", "lingong-gateway-dev-secret")))
                .hasMessageContaining("keycloak.clients.gateway.secret: the development secret is public");
    }

    @Test
    void rendersThePlatformRealmForKeycloaksImport() throws java.io.IOException {
        Map<String, Object> realm = at(render(required()).get("ConfigMap", "lingong-keycloak-realm"), "data");
        assertThat(((String) realm.get("lingong-realm.json")).strip())
                .isEqualTo(java.nio.file.Files.readString(ChartRealmTests.CHART_REALM).strip());
        assertThat(render(required().set("keycloak.realmConfigMap", false)).find("ConfigMap", "lingong-keycloak-realm"))
                .isEmpty();
    }

    /** admin-ui for its redirects and logs, the gateway for its per-address rate limit. */
    @ParameterizedTest
    @CsvSource({"admin-ui, gateway", "gateway, admin-ui"})
    void aServiceBelievesForwardedHeadersOnlyFromItsConfiguredProxies(String service, String other) {
        assertThat(env(container(render(required()).get("Deployment", "lingong-" + service))))
                .as("the app's default: loopback only").doesNotContainKey("LINGONG_TRUSTED_PROXIES");

        Manifests manifests = render(required().set("services." + service + ".trustedProxies", "10.42.0.0/16"));
        assertThat(value(env(container(manifests.get("Deployment", "lingong-" + service))).get("LINGONG_TRUSTED_PROXIES"),
                "value")).isEqualTo("10.42.0.0/16");
        assertThat(env(container(manifests.get("Deployment", "lingong-" + other))))
                .doesNotContainKey("LINGONG_TRUSTED_PROXIES");
    }

    @Test
    void actuatorListensOnAManagementPortThatNoServiceOrIngressExposes() {
        Manifests manifests = render(required().set("ingress.enabled", true));

        MANAGEMENT_PORTS.forEach((service, managementPort) -> {
            Map<String, Object> deployment = manifests.get("Deployment", "lingong-" + service);
            Map<String, Object> container = container(deployment);
            assertThat(value(container, "ports", 1, "name")).isEqualTo("management");
            assertThat(value(container, "ports", 1, "containerPort")).isEqualTo(managementPort);
            Map<String, Map<String, Object>> env = env(container);
            assertThat(value(env.get("SERVER_PORT"), "value")).isEqualTo(PORTS.get(service).toString());
            assertThat(value(env.get("MANAGEMENT_SERVER_PORT"), "value")).isEqualTo(managementPort.toString());
            assertThat(value(container, "readinessProbe", "httpGet", "port")).isEqualTo("management");
            assertThat(value(deployment, "spec", "template", "metadata", "annotations", "prometheus.io/port"))
                    .isEqualTo(managementPort.toString());

            List<Map<String, Object>> servicePorts = at(manifests.get("Service", "lingong-" + service), "spec", "ports");
            assertThat(servicePorts).extracting(port -> port.get("targetPort")).containsExactly("http");
        });
        assertThat(manifests.ofKind("Ingress").toString()).doesNotContain("management", "9080");
    }

    @Test
    void existingSecretsReplaceTheChartSecret() {
        Manifests manifests = render(required()
                .set("postgresql.password", "")
                .set("postgresql.existingSecret", "pg-credentials")
                .set("postgresql.existingSecretPasswordKey", "password")
                .set("keycloak.clients.gateway.secret", "")
                .set("keycloak.clients.gateway.existingSecret", "kc-gateway")
                .set("keycloak.clients.search.secret", "")
                .set("keycloak.clients.search.existingSecret", "kc-search")
                .set("keycloak.clients.tenant-core.secret", "")
                .set("keycloak.clients.tenant-core.existingSecret", "kc-tenant-core")
                .set("pii.keys", "")
                .set("pii.indexKey", "")
                .set("pii.existingSecret", "pii-credentials")
                .set("contracts.chainKeys", "")
                .set("contracts.existingSecret", "contract-keys")
                .set("realName.accessKeyId", "")
                .set("realName.accessKeySecret", "")
                .set("realName.existingSecret", "real-name")
                .set("sms.aliyun.accessKeyId", "")
                .set("sms.aliyun.accessKeySecret", "")
                .set("sms.existingSecret", "sms"));

        assertThat(manifests.ofKind("Secret")).isEmpty();
        Map<String, Map<String, Object>> env = env(container(manifests.get("Deployment", "lingong-tenant-core")));
        assertThat(value(env.get("LINGONG_DB_PASSWORD"), "valueFrom", "secretKeyRef"))
                .isEqualTo(Map.of("name", "pg-credentials", "key", "password"));
        assertThat(value(env.get("LINGONG_SERVICES_CLIENT_SECRET"), "valueFrom", "secretKeyRef"))
                .isEqualTo(Map.of("name", "kc-tenant-core", "key", "client-secret"));
        assertThat(value(env(container(manifests.get("Deployment", "lingong-gateway")))
                .get("LINGONG_SERVICES_CLIENT_SECRET"), "valueFrom", "secretKeyRef"))
                .isEqualTo(Map.of("name", "kc-gateway", "key", "client-secret"));
        assertThat(value(env.get("LINGONG_PII_KEYS"), "valueFrom", "secretKeyRef"))
                .isEqualTo(Map.of("name", "pii-credentials", "key", "pii-keys"));
        assertThat(value(env.get("LINGONG_PII_INDEX_KEY"), "valueFrom", "secretKeyRef"))
                .isEqualTo(Map.of("name", "pii-credentials", "key", "pii-index-key"));
        assertThat(value(env.get("LINGONG_CONTRACT_CHAIN_KEYS"), "valueFrom", "secretKeyRef"))
                .isEqualTo(Map.of("name", "contract-keys", "key", "contract-chain-keys"));
    }

    @Test
    void probesHitTheActuatorGroupsAndCanBeSwitchedOffPerService() {
        Manifests manifests = render(required()
                .set("services.search.readinessProbe.enabled", false)
                .set("livenessProbe.periodSeconds", 15));

        for (String service : PORTS.keySet()) {
            Map<String, Object> container = container(manifests.get("Deployment", "lingong-" + service));
            assertThat(value(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
            assertThat(value(container, "livenessProbe", "httpGet", "port")).isEqualTo("management");
            assertThat(value(container, "livenessProbe", "periodSeconds")).isEqualTo(15);
            assertThat(Manifests.<Map<String, Object>>at(container, "livenessProbe")).doesNotContainKey("enabled");
            if (!service.equals("search")) {
                assertThat(value(container, "readinessProbe", "httpGet", "path"))
                        .isEqualTo("/actuator/health/readiness");
            }
        }
        assertThat(value(container(manifests.get("Deployment", "lingong-search")), "readinessProbe")).isNull();
        // tenant-core migrates every tenant schema on start-up, so it gets longer before liveness counts.
        assertThat(value(container(manifests.get("Deployment", "lingong-tenant-core")),
                "livenessProbe", "initialDelaySeconds")).isEqualTo(180);
    }

    @Test
    void checksumAnnotationFollowsConfigAndEachServicesOwnSecrets() {
        Map<String, String> base = checksums(render(required()));

        assertThat(base.values()).allSatisfy(sum -> assertThat(sum).matches("[0-9a-f]{64}"));
        assertThat(checksums(render(required()))).isEqualTo(base);
        Map<String, String> config = checksums(render(required().set("elasticsearch.url", "http://es2.example.cn:9200")));
        assertThat(config).allSatisfy((service, sum) -> assertThat(sum).as(service).isNotEqualTo(base.get(service)));
        // A rotated secret rolls the pods that read it, and no other.
        Map<String, String> database = checksums(render(required().set("postgresql.password", "rotated")));
        Map<String, String> gateway = checksums(render(required().set("keycloak.clients.gateway.secret", "rotated")));
        Map<String, String> pii =
                checksums(render(required().set("pii.keys", "2027a:" + PII_KEY.replace('M', 'P') + "," + PII_KEYS)));
        for (String service : PORTS.keySet()) {
            assertThat(database.get(service).equals(base.get(service))).as(service).isEqualTo(!service.equals("tenant-core"));
            assertThat(pii.get(service).equals(base.get(service))).as(service).isEqualTo(!service.equals("tenant-core"));
            assertThat(gateway.get(service).equals(base.get(service))).as(service).isEqualTo(!service.equals("gateway"));
        }
    }

    @Test
    void ingressSendsThePlatformDomainAndEveryTenantSubdomainToTheGateway() {
        Manifests manifests = render(required()
                .set("ingress.enabled", true)
                .set("ingress.className", "nginx")
                .set("ingress.tls.enabled", true)
                .set("ingress.tls.secretName", "wildcard-tls"));

        Map<String, Object> ingress = manifests.get("Ingress", "lingong");
        assertThat(value(ingress, "spec", "ingressClassName")).isEqualTo("nginx");
        List<Map<String, Object>> rules = at(ingress, "spec", "rules");
        assertThat(rules).extracting(r -> r.get("host")).containsExactly("lingong.example.cn", "*.lingong.example.cn");
        assertThat(rules).allSatisfy(rule -> {
            assertThat(value(rule, "http", "paths", 0, "path")).isEqualTo("/");
            assertThat(value(rule, "http", "paths", 0, "backend", "service", "name")).isEqualTo("lingong-gateway");
        });
        assertThat(value(ingress, "spec", "tls", 0, "secretName")).isEqualTo("wildcard-tls");
        assertThat(Manifests.<List<Object>>at(ingress, "spec", "tls", 0, "hosts"))
                .containsExactly("lingong.example.cn", "*.lingong.example.cn");
        Map<String, Object> config = at(manifests.get("ConfigMap", "lingong"), "data");
        assertThat(config).containsEntry("LINGONG_PUBLIC_URL", "https://lingong.example.cn");
    }

    @Test
    void pilotValuesRunOneReplicaOfEachServiceWithoutAutoscaling() {
        Manifests manifests = render(base().withValuesFile(CHART.resolve("values-pilot.yaml")));

        assertThat(manifests.ofKind("HorizontalPodAutoscaler")).isEmpty();
        assertThat(manifests.ofKind("Deployment")).hasSize(PORTS.size())
                .allSatisfy(d -> assertThat(value(d, "spec", "replicas")).isEqualTo(1));
        assertThat(manifests.ofKind("Secret")).as("the pilot reads its passwords from existing Secrets").isEmpty();
        assertThat(Manifests.<List<Map<String, Object>>>at(manifests.get("Ingress", "lingong"), "spec", "rules"))
                .extracting(r -> r.get("host"))
                .containsExactly("pilot.lingong.example.cn", "*.pilot.lingong.example.cn");
    }

    @Test
    void theExistingPersonalDataSecretNamesItsOwnKeys() {
        Manifests manifests = render(required()
                .set("pii.keys", "")
                .set("pii.indexKey", "")
                .set("pii.existingSecret", "pii-credentials")
                .set("pii.existingSecretKey", "ring")
                .set("pii.existingSecretIndexKey", "blind-index"));

        Map<String, Map<String, Object>> env = env(container(manifests.get("Deployment", "lingong-tenant-core")));
        assertThat(value(env.get("LINGONG_PII_KEYS"), "valueFrom", "secretKeyRef"))
                .isEqualTo(Map.of("name", "pii-credentials", "key", "ring"));
        assertThat(value(env.get("LINGONG_PII_INDEX_KEY"), "valueFrom", "secretKeyRef"))
                .isEqualTo(Map.of("name", "pii-credentials", "key", "blind-index"));
        assertThat(Manifests.<Map<String, Object>>at(manifests.get("Secret", "lingong-tenant-core"), "data"))
                .as("the chart's Secret holds no personal-data key when an existing one does")
                .doesNotContainKeys("ring", "blind-index", "pii-keys", "pii-index-key");
    }

    /** Each entry of the ring is id:base64 of exactly 32 bytes, as tenant-core's KeyRing demands at start-up. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026a:c2hvcnQ=",                                                        // 5 bytes
            "2026a:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWYwMTIzNDU2Nzg5YWJjZGVm", // 48 bytes
            "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",                          // no id
            ":MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",                         // empty id
            "2026/a:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",                   // id with a slash
            "2026a:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=,2025:not base64!",  // a bad old key
    })
    void personalDataKeysThatAreNotIdColonBase64Of32BytesAreRefused(String keys) {
        assertThatThrownBy(() -> render(required().set("pii.keys", keys)))
                .hasMessageContaining("pii.keys: each key must be id:base64 of exactly 32 bytes, the id 1-32 of"
                        + " A-Z a-z 0-9 . _ -");
    }

    @Test
    void aRingOfSeveralWellFormedKeysIsAccepted() {
        String ring = "2027.q1_x-Y:" + PII_KEY.replace('M', 'N') + ", 2026b:" + PII_KEY.replace('M', 'O')
                + ",2026a:" + PII_KEY;
        Map<String, Object> secret = at(render(required().set("pii.keys", ring)).get("Secret", "lingong-tenant-core"),
                "data");
        assertThat(decode(secret.get("pii-keys"))).isEqualTo(ring);
    }

    @Test
    void aBlindIndexKeyOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> render(required().set("pii.indexKey", "c2hvcnQ=")))
                .hasMessageContaining("pii.indexKey: must be base64 of exactly 32 bytes")
                .hasMessageNotContaining("pii.keys");
        assertThatThrownBy(() -> render(required().set("pii.indexKey", "2026a:" + PII_KEY)))
                .as("the index key is one key, not a ring")
                .hasMessageContaining("pii.indexKey: must be base64 of exactly 32 bytes");
    }

    @Test
    void bothPersonalDataKeysAreRequiredUnlessAnExistingSecretHoldsThem() {
        assertThatThrownBy(() -> render(required().set("pii.keys", "")))
                .hasMessageContaining("pii.keys: set the personal-data keys (id:base64 of 32 random bytes) or"
                        + " pii.existingSecret")
                .hasMessageNotContaining("pii.indexKey");
        assertThatThrownBy(() -> render(required().set("pii.indexKey", "")))
                .hasMessageContaining("pii.indexKey: set the blind-index key (base64 of 32 random bytes) or"
                        + " pii.existingSecret")
                .hasMessageNotContaining("pii.keys");
    }

    @Test
    void theRealNameServiceNeedsItsAccessKeyAndRefusesTheDevelopmentCheck() {
        assertThatThrownBy(() -> render(required().set("realName.provider", "dev")))
                .hasMessageContaining("realName.provider: aliyun is the real-name service");
        assertThatThrownBy(() -> render(required().set("realName.accessKeySecret", "")))
                .hasMessageContaining("realName.accessKeyId, realName.accessKeySecret: set");
        Manifests existing = render(required().set("realName.accessKeyId", "").set("realName.accessKeySecret", "")
                .set("realName.existingSecret", "real-name").withName("lingong-prod"));
        assertThat(Manifests.<Map<String, Object>>at(existing.get("Secret", "lingong-prod-tenant-core"), "data"))
                .doesNotContainKeys("real-name-access-key-id", "real-name-access-key-secret");
        assertThat(value(env(container(existing.get("Deployment", "lingong-prod-tenant-core")))
                .get("LINGONG_REAL_NAME_ACCESS_KEY_ID"), "valueFrom", "secretKeyRef"))
                .isEqualTo(Map.of("name", "real-name", "key", "real-name-access-key-id"));
    }

    @Test
    void smsNeedsTheDefaultProvidersCredentialsRefusesTheDevelopmentSenderAndHandsOnlyTenantCoreTheSecrets() {
        assertThatThrownBy(() -> render(required().set("sms.provider", "dev")))
                .hasMessageContaining("sms.provider: aliyun or tencent");
        assertThatThrownBy(() -> render(required().set("sms.provider", "tencent")))
                .hasMessageContaining("sms.tencent: set the credentials of the default SMS provider");
        assertThatThrownBy(() -> render(required().set("sms.tencent.secretId", "AKID-sms")))
                .hasMessageContaining("sms.tencent.secretKey: set it with sms.tencent.secretId");

        Manifests both = render(required().set("sms.tencent.secretId", "AKID-sms").set("sms.tencent.secretKey",
                "tencent-secret").set("sms.signName", "宿迁零工").withName("lingong-prod"));
        Map<String, Object> secret = at(both.get("Secret", "lingong-prod-tenant-core"), "data");
        assertThat(decode(secret.get("sms-aliyun-access-key-id"))).isEqualTo("LTAI-sms");
        assertThat(decode(secret.get("sms-aliyun-access-key-secret"))).isEqualTo("sms-secret");
        assertThat(decode(secret.get("sms-tencent-secret-id"))).isEqualTo("AKID-sms");
        assertThat(decode(secret.get("sms-tencent-secret-key"))).isEqualTo("tencent-secret");
        Map<String, Map<String, Object>> tenantCore = env(container(both.get("Deployment", "lingong-prod-tenant-core")));
        assertThat(value(tenantCore.get("LINGONG_SMS_PROVIDER"), "value")).isEqualTo("aliyun");
        assertThat(value(tenantCore.get("LINGONG_SMS_SIGN_NAME"), "value")).isEqualTo("宿迁零工");
        assertThat(value(tenantCore.get("LINGONG_SMS_TENCENT_SECRET_KEY"), "valueFrom", "secretKeyRef"))
                .isEqualTo(Map.of("name", "lingong-prod-tenant-core", "key", "sms-tencent-secret-key",
                        "optional", true));

        Manifests aliyunOnly = render(required().withName("lingong-prod"));
        assertThat(Manifests.<Map<String, Object>>at(aliyunOnly.get("Secret", "lingong-prod-tenant-core"), "data"))
                .containsKey("sms-aliyun-access-key-id").doesNotContainKey("sms-tencent-secret-id");
    }

    @Test
    void contractChainKeysWithoutAnIdOrShorterThan32BytesAreRefused() {
        assertThatThrownBy(() -> render(required().set("contracts.chainKeys", "2026a:c2hvcnQ=")))
                .hasMessageContaining("contracts.chainKeys: each key must be id:base64 of at least 32 bytes");
        assertThatThrownBy(() -> render(required().set("contracts.chainKeys", PII_KEY)))
                .hasMessageContaining("contracts.chainKeys: each key must be id:base64 of at least 32 bytes");
    }

    @Test
    void missingRequiredValuesFailWithEveryMessageAtOnce() {
        assertThatThrownBy(() -> base().call())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("VALUES VALIDATION")
                .hasMessageContaining("platformDomain: set the platform domain")
                .hasMessageContaining("postgresql.url: set the JDBC URL")
                .hasMessageContaining("postgresql.username: set the database user")
                .hasMessageContaining("postgresql.password: set the database password or postgresql.existingSecret")
                .hasMessageContaining("pii.keys: set the personal-data keys")
                .hasMessageContaining("pii.indexKey: set the blind-index key")
                .hasMessageContaining("contracts.chainKeys: set the contract chain keys")
                .hasMessageContaining("realName.accessKeyId, realName.accessKeySecret: set")
                .hasMessageContaining("sms.aliyun: set the credentials of the default SMS provider")
                .hasMessageContaining("elasticsearch.url: set the URL")
                .hasMessageContaining("keycloak.issuerUri: set the issuer URI")
                .hasMessageContaining("keycloak.clients.gateway.secret: set the gateway client secret")
                .hasMessageContaining("keycloak.clients.search.secret: set the search client secret")
                .hasMessageContaining("keycloak.clients.tenant-core.secret: set the tenant-core client secret");
    }

    @Test
    void inconsistentValuesAreNamedPrecisely() {
        assertThatThrownBy(() -> required()
                .set("postgresql.url", "postgres://pg.example.cn/lingong")
                .set("services.gateway.autoscaling.minReplicas", 5)
                .set("services.gateway.autoscaling.maxReplicas", 3)
                .set("ingress.enabled", true)
                .set("ingress.tls.enabled", true)
                .call())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("postgresql.url: \"postgres://pg.example.cn/lingong\" is not a JDBC URL")
                .hasMessageContaining("services.gateway.autoscaling: minReplicas (5) is above maxReplicas (3)")
                .hasMessageContaining("ingress.tls.secretName: name the TLS Secret")
                .hasMessageNotContaining("elasticsearch.url")
                .hasMessageNotContaining("keycloak.issuerUri");
    }

    private static Map<String, String> checksums(Manifests manifests) {
        Map<String, String> sums = new java.util.TreeMap<>();
        manifests.ofKind("Deployment").forEach(d -> sums.put(at(d, "metadata", "labels", "app.kubernetes.io/component"),
                at(d, "spec", "template", "metadata", "annotations", "checksum/config")));
        assertThat(sums).as("a config checksum on every Deployment").containsOnlyKeys(PORTS.keySet()).doesNotContainValue(null);
        return sums;
    }

    private static String decode(Object base64) {
        return new String(Base64.getDecoder().decode((String) base64), StandardCharsets.UTF_8);
    }

    private static Manifests render(TemplateCommand command) {
        return Manifests.parse(command.call());
    }

    private TemplateCommand base() {
        return helm.template().withName("lingong").withNamespace("lingong").withKubeVersion(KUBE_VERSION);
    }

    /** The values an install cannot do without. */
    private TemplateCommand required() {
        return base()
                .set("platformDomain", "lingong.example.cn")
                .set("postgresql.url", "jdbc:postgresql://pg.example.cn:5432/lingong?sslmode=require")
                .set("postgresql.username", "lingong")
                .set("postgresql.password", "db-secret,with=odd chars")
                .set("elasticsearch.url", "http://es.example.cn:9200")
                .set("keycloak.issuerUri", ISSUER)
                .set("keycloak.clients.gateway.secret", "gateway-secret")
                .set("keycloak.clients.search.secret", "search-secret")
                .set("keycloak.clients.tenant-core.secret", "tenant-core-secret")
                .set("pii.keys", PII_KEYS)
                .set("pii.indexKey", PII_INDEX_KEY)
                .set("contracts.chainKeys", CHAIN_KEYS)
                .set("exports.existingClaim", "lingong-exports")
                .set("realName.accessKeyId", "LTAI-real-name")
                .set("realName.accessKeySecret", "real-name-secret")
                .set("sms.aliyun.accessKeyId", "LTAI-sms")
                .set("sms.aliyun.accessKeySecret", "sms-secret");
    }
}
