package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.lingong.devstack.Platform;
import tools.jackson.databind.JsonNode;

/** Employers of the browser tests, made through the gateway as an employer on its page would. */
final class TestEmployers {

    private TestEmployers() {
    }

    /** An employer of the city whose profile and licence wait in the staff's queue (PENDING). */
    static KeycloakAccounts.Account submitted(KeycloakAccounts accounts, String city, String name, String phone) {
        KeycloakAccounts.Account employer = accounts.account(city, "employer");
        Http.Response saved = Http.send("PUT", api(city, "/employers/me"), employer.token(), Map.of(), """
                {"legalName": "%s", "creditCode": "%s", "legalRepresentative": "周建华", "contactName": "孙经理",
                 "contactPhone": "%s"}""".formatted(name, CreditCodes.random(), phone));
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        Http.Response pending = Http.putFile(api(city, "/employers/me/licence"), employer.token(),
                Images.png(1200, 800), "image/png");
        assertThat(pending.status()).as(pending.raw().body()).isEqualTo(200);
        assertThat(pending.body().get("status").asString()).isEqualTo("PENDING");
        return employer;
    }

    /** An employer of the city that the station approved; its id is {@code GET /employers/me}'s. */
    static KeycloakAccounts.Account verified(KeycloakAccounts accounts, String city, String name, String phone) {
        KeycloakAccounts.Account employer = submitted(accounts, city, name, phone);
        JsonNode me = Http.get(api(city, "/employers/me"), employer.token(), Map.of()).body();
        Http.Response approved = Http.send("POST", api(city, "/employers/" + me.get("id").asString() + "/verification"),
                accounts.create(city, "station-staff"), Map.of(), "{\"decision\": \"APPROVE\"}");
        assertThat(approved.status()).as(approved.raw().body()).isEqualTo(200);
        return employer;
    }

    static String api(String city, String path) {
        return Platform.gatewayUrl() + "/t/" + city + "/api/v1" + path;
    }
}
