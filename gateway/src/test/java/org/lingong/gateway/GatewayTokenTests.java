package org.lingong.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Real Keycloak tokens: who may act in which tenant, the platform API, and tokens the gateway must refuse. */
@ExtendWith(OutputCaptureExtension.class)
class GatewayTokenTests extends GatewayIntegrationTest {

    private static String suqianAdmin;

    @BeforeAll
    static void createCityAdmin() {
        suqianAdmin = Keycloak.createTenantUser("suqian", "city-admin");
    }

    @AfterAll
    static void deleteCityAdmin() {
        Keycloak.deleteUser(suqianAdmin);
    }

    private WebTestClient.ResponseSpec get(String path, String username) {
        return client.get().uri(path).headers(bearer(username)).exchange();
    }

    private WebTestClient.ResponseSpec post(String path, String username) {
        return client.post().uri(path).headers(bearer(username)).bodyValue(Map.of("title", "家政保洁")).exchange();
    }

    private static Consumer<HttpHeaders> bearer(String username) {
        return headers -> headers.setBearerAuth(Keycloak.token(username));
    }

    @Test
    void cityAdminActsInItsOwnCityAndTheTokenIsPassedOn() {
        post("/t/suqian/api/v1/jobs", suqianAdmin)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.headers['x-lingong-tenant']").isEqualTo("suqian")
                .jsonPath("$.headers.authorization").isEqualTo("Bearer " + Keycloak.token(suqianAdmin));
    }

    @Test
    void aTokenOfAnAccountDisabledAfterItWasIssuedIsRefusedWithinAPoll() {
        String staff = Keycloak.createTenantUser("suqian", "station-staff");
        try {
            String token = Keycloak.freshToken(staff);
            client.get().uri("/t/suqian/api/v1/jobs").headers(h -> h.setBearerAuth(token)).exchange()
                    .expectStatus().isOk();

            TENANT_CORE.revoke(Keycloak.claims(token).get("sub").asString(), Instant.now());

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> expectProblem(client.get()
                    .uri("/t/suqian/api/v1/jobs").headers(h -> h.setBearerAuth(token)).exchange(),
                    HttpStatus.UNAUTHORIZED, "invalid-token"));
            // Enabled again, the account signs in afresh: a token issued after the revocation is good.
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1)).until(() -> client.get()
                    .uri("/t/suqian/api/v1/jobs").headers(h -> h.setBearerAuth(Keycloak.freshToken(staff)))
                    .exchange().returnResult(String.class).getStatus().value() == 200);
        } finally {
            Keycloak.deleteUser(staff);
        }
    }

    @Test
    void cityAdminCannotActInAnotherCity() {
        expectProblem(get("/t/huaian/api/v1/jobs", suqianAdmin), HttpStatus.FORBIDDEN, "tenant-forbidden");
        expectProblem(client.get().uri("/api/v1/jobs").header(HttpHeaders.HOST, "hefei.lingong.localhost")
                .headers(bearer(suqianAdmin)).exchange(), HttpStatus.FORBIDDEN, "tenant-forbidden");
    }

    @Test
    void provinceAdminReadsTheCitiesOfItsProvinceOnly() {
        get("/t/suqian/api/v1/jobs", "jiangsu-admin").expectStatus().isOk();
        get("/t/lianyungang/api/v1/jobs", "jiangsu-admin").expectStatus().isOk();
        expectProblem(get("/t/hefei/api/v1/jobs", "jiangsu-admin"), HttpStatus.FORBIDDEN, "tenant-forbidden");
        expectProblem(post("/t/suqian/api/v1/jobs", "jiangsu-admin"), HttpStatus.FORBIDDEN, "tenant-forbidden");
        get("/t/hefei/api/v1/jobs", "anhui-admin").expectStatus().isOk();
        expectProblem(get("/t/suqian/api/v1/jobs", "anhui-admin"), HttpStatus.FORBIDDEN, "tenant-forbidden");
    }

    @Test
    void workersHoldOneNationalAccount() {
        get("/t/suqian/api/v1/jobs", "worker-zhang").expectStatus().isOk();
        post("/t/hefei/api/v1/jobs/7/grab", "worker-zhang").expectStatus().isOk();
    }

    @Test
    void platformAdminActsEverywhere() {
        post("/t/hefei/api/v1/jobs", "platform-admin").expectStatus().isOk();
        post("/t/suqian/api/v1/jobs", "platform-admin").expectStatus().isOk();
    }

    @Test
    void platformApiNeedsThePlatformAdminRoleButNoTenant() {
        post("/api/v1/platform/tenants", "platform-admin")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo("tenant-core")
                .jsonPath("$.path").isEqualTo("/api/v1/platform/tenants")
                .jsonPath("$.headers['x-lingong-tenant']").doesNotExist();
        expectProblem(get("/api/v1/platform/tenants", "worker-zhang"), HttpStatus.FORBIDDEN, "forbidden");
        expectProblem(post("/api/v1/platform/tenants", "jiangsu-admin"), HttpStatus.FORBIDDEN, "forbidden");
        expectProblem(get("/api/v1/platform/onboardings/suqian", "jiangsu-admin"), HttpStatus.FORBIDDEN,
                "forbidden");
        expectProblem(get("/api/v1/platform/tenants", suqianAdmin), HttpStatus.FORBIDDEN, "forbidden");
    }

    @Test
    void provinceAdminsListTheCitiesButTouchNoOtherPlatformApi() {
        get("/api/v1/platform/tenants", "jiangsu-admin").expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo("/api/v1/platform/tenants");
    }

    @Test
    void aProvincesListsAreKeptByThatProvinceOnly() {
        String blacklist = "/api/v1/platform/provinces/32/agency-blacklist";
        post(blacklist, "jiangsu-admin").expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo(blacklist)
                .jsonPath("$.headers['x-lingong-tenant']").doesNotExist();
        post(blacklist, "platform-admin").expectStatus().isOk();
        expectProblem(post(blacklist, "anhui-admin"), HttpStatus.FORBIDDEN, "province-forbidden");
        expectProblem(get(blacklist, suqianAdmin), HttpStatus.FORBIDDEN, "province-forbidden");
        expectProblem(get(blacklist, "worker-zhang"), HttpStatus.FORBIDDEN, "province-forbidden");
        expectProblem(client.get().uri(blacklist).exchange(), HttpStatus.UNAUTHORIZED, "authentication-required");
        // A path naming no province is the rest of the platform API: the platform admin's alone.
        expectProblem(get("/api/v1/platform/provinces", "jiangsu-admin"), HttpStatus.FORBIDDEN, "forbidden");
    }

    @Test
    void tamperedForeignOrGarbageTokensAreRefused() {
        String token = Keycloak.token("worker-zhang");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        for (String bad : new String[] {tampered, Keycloak.masterRealmToken(), "not-a-jwt"}) {
            expectProblem(client.get().uri("/t/suqian/api/v1/jobs").headers(headers -> headers.setBearerAuth(bad))
                    .exchange(), HttpStatus.UNAUTHORIZED, "invalid-token")
                    .consumeWith(result -> assertThat(result.getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                            .contains("invalid_token"));
        }
        // Also where no token is needed at all: a bad token is never silently ignored.
        expectProblem(client.get().uri("/t/suqian/api/v1/job-categories")
                .headers(headers -> headers.setBearerAuth(tampered)).exchange(), HttpStatus.UNAUTHORIZED,
                "invalid-token");
    }

    @Test
    void refusalsAreAccessLoggedWithTheCaller(CapturedOutput output) {
        String subject = Keycloak.claims(Keycloak.token(suqianAdmin)).get("sub").asString();
        get("/t/huaian/api/v1/jobs", suqianAdmin).expectStatus().isForbidden();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut())
                .containsPattern("\"message\":\"GET /t/huaian/api/v1/jobs 403 \\d+ms subject=" + subject
                        + "\",\"requestId\":\"[^\"]+\",\"tenant\":\"huaian\""));
    }
}
