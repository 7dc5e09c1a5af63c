package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.Platform;

/**
 * The isolation proof: every endpoint family, attacked every way we know, through the real gateway. Suqian's city
 * admin (and Suqian's province admin) try to read or change Huainan; no attempt succeeds, every refusal is problem
 * JSON, and Huainan's data is byte-for-byte the same afterwards.
 */
@ExtendWith(RunningPlatform.class)
class TenantIsolationTests {

    private static final String GATEWAY = Platform.gatewayUrl();
    private static final String VICTIM = "huainan";
    private static String victimBefore;


    /** Huainan as its own administrator sees it: profile and audit trail. */
    private static String victimState() {
        String admin = RunningPlatform.token("huainan-admin");
        return Http.get(GATEWAY + "/t/" + VICTIM + "/api/v1/tenant", admin, Map.of()).raw().body()
                + Http.get(GATEWAY + "/t/" + VICTIM + "/api/v1/audit-events", admin, Map.of()).raw().body();
    }

    @BeforeAll
    static void rememberTheVictim() {
        victimBefore = victimState();
    }

    @AfterAll
    static void nothingChanged() {
        assertThat(victimState()).isEqualTo(victimBefore);
    }

    /** An attack and how it must be refused: the statuses and problem types (slugs) it may get, alike on every path. */
    private record Attack(String name, String url, String user, Map<String, String> headers, List<Integer> statuses,
                          List<String> types) {

        Attack(String name, String url, String user, Map<String, String> headers, int status, String type) {
            this(name, url, user, headers, List.of(status), List.of(type));
        }
    }

    private static List<Attack> attacks(EndpointFamily family) {
        String path = family.path();
        List<Attack> attacks = new ArrayList<>(List.of(
                new Attack("another city's token", GATEWAY + "/t/" + VICTIM + path, "suqian-admin", Map.of(), 403,
                        "tenant-forbidden"),
                new Attack("another city's token with a spoofed tenant header", GATEWAY + "/t/" + VICTIM + path,
                        "suqian-admin", Map.of("X-Lingong-Tenant", "suqian", "x-lingong-tenant-province", "32"), 403,
                        "tenant-forbidden"),
                new Attack("host of one city, path of another", GATEWAY + "/t/" + VICTIM + path, "suqian-admin",
                        Map.of("Host", "suqian.lingong.localhost"), 400, "tenant-mismatch"),
                new Attack("another city's token by host", GATEWAY + path, "suqian-admin",
                        Map.of("Host", VICTIM + ".lingong.localhost"), 403, "tenant-forbidden"),
                new Attack("province admin of another province", GATEWAY + "/t/" + VICTIM + path, "jiangsu-admin",
                        Map.of(), 403, "tenant-forbidden"),
                new Attack("SQL in the tenant code", GATEWAY + "/t/huainan;drop%20schema%20platform" + path,
                        "suqian-admin", Map.of(), 400, "invalid-tenant"),
                new Attack("path traversal", GATEWAY + "/t/%2e%2e" + path, "suqian-admin", Map.of(), List.of(400, 404),
                        List.of("invalid-tenant", "invalid-path", "not-found")),
                new Attack("unicode look-alike", GATEWAY + "/t/hua%D1%96nan" + path, "suqian-admin", Map.of(), 400,
                        "invalid-tenant"),
                new Attack("upper case", GATEWAY + "/t/HUAINAN" + path, "suqian-admin", Map.of(), 400,
                        "invalid-tenant"),
                new Attack("no tenant at all", GATEWAY + path, "suqian-admin", Map.of(), 400, "tenant-required")));
        if (family.writes()) {
            attacks.add(new Attack("anonymous write", GATEWAY + "/t/" + VICTIM + path, null, Map.of(), 401,
                    "authentication-required"));
            attacks.add(new Attack("province admin writing in its own province", GATEWAY + "/t/suqian" + path,
                    "jiangsu-admin", Map.of(), 403, "tenant-forbidden"));
        }
        return attacks;
    }

    /**
     * One request of the suite. Hundreds of them come from one admin within seconds, so its own rate bucket may run
     * dry: a 429 answers the pace, not the attack, and the request goes again once the bucket has refilled, as the
     * gateway's Retry-After says.
     */
    private static Http.Response send(String method, String url, String token, Map<String, String> headers,
                                      String body) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            Http.Response response = Http.send(method, url, token, headers, body);
            if (response.status() != 429 || attempt == 5) {
                return response;
            }
            Thread.sleep(Long.parseLong(response.header("Retry-After")) * 1000);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyAttackOnEveryEndpointFamilyIsRefused() {
        return EndpointFamily.ALL.stream().flatMap(family -> attacks(family).stream().map(attack ->
                DynamicTest.dynamicTest(family + ": " + attack.name(), () -> {
                    String token = attack.user() == null ? null : RunningPlatform.token(attack.user());
                    Http.Response response = send(family.method(), attack.url(), token, attack.headers(),
                            family.body());
                    assertThat(response.status()).as(response.raw().body()).isIn(attack.statuses());
                    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                    // One slug per refusal, whether the gateway or a service refused it.
                    assertThat(response.body().get("type").asString().replace("https://lingong.org.cn/problems/", ""))
                            .as(response.raw().body()).isIn(attack.types());
                    assertThat(response.body().at("/titles/zh").asString()).isNotBlank();
                    assertThat(response.body().at("/titles/en").asString()).isNotBlank();
                })));
    }

    @TestFactory
    Stream<DynamicTest> aSpoofedHeaderNeverRedirectsOwnRequestsToAnotherCity() {
        return EndpointFamily.ALL.stream().filter(f -> !f.writes()).map(family ->
                DynamicTest.dynamicTest(family.toString(), () -> {
                    Http.Response own = send("GET", GATEWAY + "/t/suqian" + family.path(),
                            RunningPlatform.token("suqian-admin"), Map.of("X-Lingong-Tenant", VICTIM), null);
                    assertThat(own.status()).isEqualTo(200);
                    assertThat(own.raw().body()).doesNotContain(VICTIM);
                }));
    }
}
