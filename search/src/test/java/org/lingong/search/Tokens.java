package org.lingong.search;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** Real access tokens from the dev-stack Keycloak, reused for a few minutes (they live 15). */
public final class Tokens {

    private static final Duration REUSE = Duration.ofMinutes(5);
    private static final Map<String, Token> CACHE = new ConcurrentHashMap<>();

    private record Token(String value, Instant fetched) {
    }

    private Tokens() {
    }

    /** worker-zhang: an ordinary user; workers hold one national account and may read every city. */
    public static String worker() {
        return user("worker-zhang", "demo");
    }

    /** jiangsu-admin: province admin of Jiangsu (GB/T 2260 code 32). */
    public static String jiangsuAdmin() {
        return user("jiangsu-admin", "demo");
    }

    /** platform-admin: acts in every city. */
    public static String platformAdmin() {
        return user("platform-admin", "demo");
    }

    /** A user's token through the public app client (password grant). */
    public static String user(String username, String password) {
        return cached("user:" + username, Map.of("grant_type", "password", "client_id", "lingong-app",
                "username", username, "password", password));
    }

    /** The platform's service account (client credentials of {@code lingong-services}). */
    public static String service() {
        return cached("client:lingong-services", Map.of("grant_type", "client_credentials",
                "client_id", "lingong-services", "client_secret", "lingong-services-dev-secret"));
    }

    private static String cached(String who, Map<String, String> form) {
        return CACHE.compute(who, (key, token) -> token != null && token.fetched().plus(REUSE).isAfter(Instant.now())
                ? token
                : new Token(fetch(form), Instant.now())).value();
    }

    /** The dev-stack realm's issuer URI. */
    public static String issuer() {
        return System.getProperty("LINGONG_ISSUER_URI", "http://127.0.0.1:18080/realms/lingong");
    }

    private static String fetch(Map<String, String> form) {
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        form.forEach(body::add);
        JsonNode reply = RestClient.create().post()
                .uri(issuer() + "/protocol/openid-connect/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(body)
                .retrieve()
                .body(JsonNode.class);
        return reply.required("access_token").asString();
    }
}
