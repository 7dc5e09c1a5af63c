package org.lingong.keycloak.phone;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hands a code to tenant-core, which sends it with the city's SMS provider, sign name and template
 * ({@code POST /internal/v1/sms/verification-codes}). Keycloak calls as its own service client {@code lingong-keycloak}
 * (client credentials against its own realm), which tenant-core admits to that endpoint only.
 */
final class SmsRelay {

    static final String CLIENT_ID = "lingong-keycloak";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EXPIRES_IN = Pattern.compile("\"expires_in\"\\s*:\\s*(\\d+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    enum Outcome { SENT, LIMITED, REFUSED, UNAVAILABLE }

    private record Token(String value, Instant renewAfter) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<URI, Token> tokens = new ConcurrentHashMap<>();

    /**
     * @param tokenEndpoint the realm's token endpoint, as Keycloak is reached by this request
     * @param secret        the {@code lingong-keycloak} client's secret, read from the realm
     */
    Outcome send(URI tenantCore, URI tokenEndpoint, String secret, String city, String phone, String code,
                 long minutes) {
        try {
            String body = "{\"city\":\"" + city + "\",\"phone\":\"" + phone + "\",\"code\":\"" + code
                    + "\",\"minutes\":" + minutes + "}";
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                            tenantCore.resolve("/internal/v1/sms/verification-codes"))
                    .timeout(TIMEOUT).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token(tokenEndpoint, secret))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status == 401) {
                tokens.remove(tokenEndpoint);
            }
            // 422: the provider refused this number; anything else unexpected (no such city, a bad token, a
            // provider down) is the service's trouble, not the person's number.
            return status / 100 == 2 ? Outcome.SENT
                    : status == 429 ? Outcome.LIMITED
                    : status == 422 ? Outcome.REFUSED
                    : Outcome.UNAVAILABLE;
        } catch (IOException e) {
            return Outcome.UNAVAILABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.UNAVAILABLE;
        }
    }

    private String token(URI tokenEndpoint, String secret) throws IOException, InterruptedException {
        Token held = tokens.get(tokenEndpoint);
        if (held != null && Instant.now().isBefore(held.renewAfter())) {
            return held.value();
        }
        String form = "grant_type=client_credentials&client_id=" + CLIENT_ID + "&client_secret="
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(tokenEndpoint).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher value = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !value.find()) {
            throw new IOException("no token for " + CLIENT_ID + ": HTTP " + response.statusCode());
        }
        Matcher expires = EXPIRES_IN.matcher(response.body());
        long seconds = expires.find() ? Long.parseLong(expires.group(1)) : 60;
        Token token = new Token(value.group(1), Instant.now().plusSeconds(Math.max(0, seconds - 30)));
        tokens.put(tokenEndpoint, token);
        return token.value();
    }
}
