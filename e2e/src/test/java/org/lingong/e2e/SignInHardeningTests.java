package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.DemoTenants;
import org.lingong.devstack.Platform;

/**
 * The attacks of issue 13 item 10 on the realm the platform runs with: a station-staff member disabled by the city
 * admin keeps using the access token already in hand; someone guesses a password by trying many; a city admin opens
 * a staff account whose password breaks the realm's password policy.
 */
@ExtendWith(RunningPlatform.class)
class SignInHardeningTests {

    private static final String CITY = Platform.gatewayUrl() + "/t/suqian";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aDisabledStaffMembersTokenIsRefusedWithinSeconds() throws InterruptedException {
        String admin = RunningPlatform.token("suqian-admin");
        String username = "e2e-staff-" + UUID.randomUUID().toString().substring(0, 8);
        try (KeycloakAccounts accounts = new KeycloakAccounts()) {
            Http.Response created = Http.send("POST", CITY + "/api/v1/staff-accounts", admin, Map.of(),
                    Http.JSON.createObjectNode().put("username", username).put("lastName", "李").put("firstName", "梅")
                            .put("email", username + "@e2e.lingong.invalid").put("password", "Staff-Pass-2026!")
                            .toString());
            accounts.deleteAfterwards(username);
            assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
            String staff = DemoTenants.passwordGrantToken(RunningPlatform.issuerUri(), username, "Staff-Pass-2026!");
            assertThat(Http.get(CITY + "/api/v1/jobs?size=1", staff, Map.of()).status()).isEqualTo(200);

            Http.Response disabled = Http.send("POST", CITY + "/api/v1/staff-accounts/"
                    + created.body().at("/account/id").asString() + "/disable", admin, Map.of(), null);
            assertThat(disabled.status()).isEqualTo(200);

            Instant deadline = Instant.now().plusSeconds(15);
            Http.Response after = Http.get(CITY + "/api/v1/jobs?size=1", staff, Map.of());
            while (after.status() == 200 && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
                after = Http.get(CITY + "/api/v1/jobs?size=1", staff, Map.of());
            }
            assertThat(after.status()).as("the disabled member's token, within 15 s").isEqualTo(401);
            assertThat(after.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void guessingAPasswordLocksTheAccountForAWhile() throws Exception {
        try (KeycloakAccounts accounts = new KeycloakAccounts()) {
            String username = accounts.account(null, "worker").username();
            for (int guess = 0; guess < 5; guess++) {
                assertThat(passwordGrant(username, "guess-" + guess).statusCode()).isEqualTo(400);
            }
            HttpResponse<String> right = passwordGrant(username, KeycloakAccounts.password());
            assertThat(right.statusCode()).as("the right password after five wrong ones: %s", right.body())
                    .isNotEqualTo(200);
        }
    }

    @Test
    void aStaffPasswordTheRealmPolicyRefusesIsAProblemAtItsField() {
        String username = "e2e-staff-" + UUID.randomUUID().toString().substring(0, 8);
        try (KeycloakAccounts accounts = new KeycloakAccounts()) {
            Http.Response refused = Http.send("POST", CITY + "/api/v1/staff-accounts",
                    RunningPlatform.token("suqian-admin"), Map.of("Accept-Language", "en"),
                    Http.JSON.createObjectNode().put("username", username).put("lastName", "李").put("firstName", "梅")
                            .put("email", username + "@e2e.lingong.invalid").put("password", username).toString());
            accounts.deleteAfterwards(username);
            assertThat(refused.status()).as(refused.raw().body()).isEqualTo(400);
            assertThat(refused.body().get("type").asString()).endsWith("/password-policy");
            assertThat(refused.body().at("/errors/0/field").asString()).isEqualTo("password");
        }
    }

    private static HttpResponse<String> passwordGrant(String username, String password) throws Exception {
        String form = "grant_type=password&client_id=lingong-app&username=" + URLEncoder.encode(username,
                StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(RunningPlatform.issuerUri()
                        + "/protocol/openid-connect/token")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
