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

/** Real access tokens from the test run's realm, reused for two minutes (they live five). */
public final class Tokens {

    private static final Duration REUSE = Duration.ofMinutes(2);
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

    /** tenant-core's service account (client credentials of {@code lingong-tenant-core}), search's only caller. */
    public static String service() {
        return client("lingong-tenant-core");
    }

    /** A service's token (client credentials of its own client, with the dev realm's secret). */
    public static String client(String clientId) {
        return cached("client:" + clientId, Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", clientId + "-dev-secret"));
    }

    private static String cached(String who, Map<String, String> form) {
        return CACHE.compute(who, (key, token) -> token != null && token.fetched().plus(REUSE).isAfter(Instant.now())
                ? token
                : new Token(fetch(form), Instant.now())).value();
    }

    /** The test run realm's issuer URI. */
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
