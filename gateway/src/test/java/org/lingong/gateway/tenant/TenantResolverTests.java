package org.lingong.gateway.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;

class TenantResolverTests {

    private final TenantResolver resolver = new TenantResolver("lingong.localhost");
    private final TenantRegistry.Snapshot registry = registry(
            new RegisteredTenant("suqian", "32", "ACTIVE", List.of("Jobs.Suqian.example.cn"), 50),
            new RegisteredTenant("lianyungang", "32", "SUSPENDED", null, null));

    private static TenantRegistry.Snapshot registry(RegisteredTenant... tenants) {
        TenantRegistry registry = new TenantRegistry();
        registry.replace("v1", "\"v1\"", List.of(tenants));
        return registry.snapshot().orElseThrow();
    }

    private Optional<TenantResolver.Scoped> resolve(String path, String host, String method) {
        return resolver.resolve(path, host, method, registry);
    }

    private ProblemType refusal(String path, String host, String method, TenantRegistry.Snapshot snapshot) {
        try {
            resolver.resolve(path, host, method, snapshot);
        } catch (ProblemException refused) {
            return refused.type();
        }
        throw new AssertionError(method + " " + host + " " + path + " was not refused");
    }

    @Test
    void aLongPathIsCheckedWithoutOverflowingTheStack() {
        // A 3,000-character order id overflowed the event loop's stack in the path check: the connection dropped.
        String id = "1".repeat(100_000);
        assertThat(resolve("/t/suqian/api/v1/orders/" + id, "127.0.0.1", "GET")).get()
                .extracting(TenantResolver.Scoped::path).isEqualTo("/api/v1/orders/" + id);
        assertThat(refusal("/t/suqian/api/v1/orders/" + "%41".repeat(30_000) + "%4", "127.0.0.1", "GET", registry))
                .isEqualTo(ProblemType.INVALID_PATH);
    }

    @Test
    void pathPrefixIsStripped() {
        TenantResolver.Scoped scoped = resolve("/t/suqian/api/v1/jobs", "127.0.0.1", "GET").orElseThrow();
        assertThat(scoped.tenant().code()).isEqualTo("suqian");
        assertThat(scoped.path()).isEqualTo("/api/v1/jobs");
    }

    @Test
    void hostsResolveCaseInsensitivelyWithOrWithoutTrailingDot() {
        assertThat(resolve("/api/v1/jobs", "suqian.lingong.localhost", "GET")).get()
                .extracting(scoped -> scoped.tenant().code(), TenantResolver.Scoped::path)
                .containsExactly("suqian", "/api/v1/jobs");
        assertThat(resolve("/api/v1/jobs", "SuQian.Lingong.Localhost.", "GET")).isPresent();
        assertThat(resolve("/api/v1/jobs", "jobs.suqian.example.cn", "GET")).get()
                .extracting(scoped -> scoped.tenant().code()).isEqualTo("suqian");
    }

    @Test
    void hostAndPathMayNameTheSameTenantButNotDifferentOnes() {
        assertThat(resolve("/t/suqian/api/v1/jobs", "jobs.suqian.example.cn", "GET")).isPresent();
        assertThat(refusal("/t/lianyungang/api/v1/jobs", "suqian.lingong.localhost", "GET", registry))
                .isEqualTo(ProblemType.TENANT_MISMATCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/t/suqian;drop/api", "/t/../api", "/t/%2e%2e/api", "/t/Suqian/api", "/t/su%D1%96qian/api",
        "/t/x/api", "/t/_suqian/api", "/t/" + "a234567890123456789012345678901x/api", "/t/suqian%00/api"})
    void malformedPathCodesAreRefused(String path) {
        assertThat(refusal(path, null, "GET", registry)).isEqualTo(ProblemType.INVALID_TENANT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"su-qian.lingong.localhost", "a.suqian.lingong.localhost", "sūqian.lingong.localhost",
        ".lingong.localhost"})
    void malformedHostCodesAreRefused(String host) {
        assertThat(refusal("/api/v1/jobs", host, "GET", registry)).isEqualTo(ProblemType.INVALID_TENANT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/t/suqian/api/../internal", "/t/suqian/api/./v1", "/api/v1/%2E%2E/internal",
        "/t/suqian/api/v1/a%2fb", "/t/suqian/api/v1/a%5cb", "/t/suqian/api/v1/%252e", "/t/suqian/api;x=1/v1",
        "/t/suqian/api/v1/%zz", "/t/suqian/api/v1/a\\b", "/t/suqian/api/v1/职位"})
    void pathsAServiceCouldReadDifferentlyAreRefused(String path) {
        assertThat(refusal(path, null, "GET", registry)).isEqualTo(ProblemType.INVALID_PATH);
    }

    @Test
    void encodedCharactersThatAreNotSeparatorsPass() {
        assertThat(resolve("/t/suqian/api/v1/jobs/%E4%BF%9D%E6%B4%81", null, "GET")).isPresent();
    }

    @Test
    void unknownTenantIsNotFound() {
        assertThat(refusal("/t/nanjing/api/v1/jobs", null, "GET", registry)).isEqualTo(ProblemType.UNKNOWN_TENANT);
        assertThat(refusal("/api/v1/jobs", "nanjing.lingong.localhost", "GET", registry))
                .isEqualTo(ProblemType.UNKNOWN_TENANT);
    }

    @Test
    void suspendedTenantReadsPassAndWritesAreRefused() {
        for (String read : List.of("GET", "HEAD", "OPTIONS")) {
            assertThat(resolve("/t/lianyungang/api/v1/jobs", null, read)).isPresent();
        }
        for (String write : List.of("POST", "PUT", "PATCH", "DELETE")) {
            assertThat(refusal("/t/lianyungang/api/v1/jobs", null, write, registry))
                    .isEqualTo(ProblemType.TENANT_SUSPENDED);
        }
    }

    @Test
    void tenantApiNeedsATenantButPlatformApiAndGatewayEndpointsDoNot() {
        assertThat(refusal("/api/v1/jobs", "127.0.0.1", "GET", registry)).isEqualTo(ProblemType.TENANT_REQUIRED);
        assertThat(refusal("/api", "lingong.localhost", "GET", registry)).isEqualTo(ProblemType.TENANT_REQUIRED);
        assertThat(resolve("/api/v1/platform/tenants", "lingong.localhost", "POST")).isEmpty();
        assertThat(resolve("/api/v1/platform", null, "GET")).isEmpty();
        assertThat(resolve("/actuator/health", null, "GET")).isEmpty();
        assertThat(refusal("/api/v1/platformx", null, "GET", registry)).isEqualTo(ProblemType.TENANT_REQUIRED);
    }

    @Test
    void tenantScopedRequestsReachOnlyTheApi() {
        for (String path : List.of("/t/suqian", "/t/suqian/", "/t/suqian/internal/v1/tenant-routes",
                "/t/suqian/actuator/health", "/t/suqian/apix")) {
            assertThat(refusal(path, null, "GET", registry)).as(path).isEqualTo(ProblemType.NOT_FOUND);
        }
        assertThat(refusal("/actuator/health", "suqian.lingong.localhost", "GET", registry))
                .isEqualTo(ProblemType.NOT_FOUND);
    }

    @Test
    void beforeTheFirstLoadTenantRequestsWaitForTheRegistry() {
        assertThat(refusal("/t/suqian/api/v1/jobs", null, "GET", null)).isEqualTo(ProblemType.REGISTRY_UNAVAILABLE);
        assertThat(refusal("/api/v1/jobs", "jobs.suqian.example.cn", "GET", null))
                .isEqualTo(ProblemType.REGISTRY_UNAVAILABLE);
        // Checks that need no registry still answer.
        assertThat(refusal("/t/SUQIAN/api", null, "GET", null)).isEqualTo(ProblemType.INVALID_TENANT);
        assertThat(resolver.resolve("/api/v1/platform/tenants", null, "GET", null)).isEmpty();
    }

    @Test
    void registryEntriesWithInvalidCodesOrUnroutableStatusAreIgnored() {
        TenantRegistry.Snapshot odd = registry(
                new RegisteredTenant("Bad-Code", "32", "ACTIVE", List.of("bad.example.cn"), null),
                new RegisteredTenant("gone", "32", "OFFBOARDED", List.of(), null),
                new RegisteredTenant("suqian", "32", "ACTIVE", List.of(), null));
        assertThat(odd.byCode()).containsOnlyKeys("suqian");
        assertThat(odd.byDomain()).isEmpty();
    }
}
