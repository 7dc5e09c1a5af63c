package org.lingong.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the tests: real requests to the running service and to the real Keycloak. */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String ISSUER = System.getProperty("LINGONG_ISSUER_URI", "http://127.0.0.1:18080/realms/lingong");

    public record Response(int status, JsonNode body, HttpResponse<String> raw) {
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** Asserts the status (showing the body when it differs) and returns this response. */
        public Response expect(int expected) {
            assertThat(status).as(raw.body()).isEqualTo(expected);
            return this;
        }

        /** Asserts a problem of this status whose type ends with {@code /slug}. */
        public void expectProblem(int expected, String slug) {
            expect(expected);
            assertThat(body.get("type").asString()).endsWith("/" + slug);
        }
    }

    private final String base;

    public Api(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Response call(String method, String path, String token, Map<String, String> headers, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, switch (body) {
                    case null -> HttpRequest.BodyPublishers.noBody();
                    case byte[] bytes -> HttpRequest.BodyPublishers.ofByteArray(bytes);
                    case String text -> HttpRequest.BodyPublishers.ofString(text);
                    default -> HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
                });
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    public Response get(String path, String token, Map<String, String> headers) {
        return call("GET", path, token, headers, null);
    }

    /** A GET whose body is kept as bytes (images, files). */
    public HttpResponse<byte[]> download(String path, String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String userToken(String username, String password) {
        return token("grant_type=password&client_id=lingong-app&username=" + encode(username) + "&password=" + encode(password));
    }

    /** The gateway's service token, which reads the registry feed under /internal (dev realm secret). */
    public static String serviceToken() {
        return clientToken("lingong-gateway");
    }

    /** A service's token: client credentials of its own Keycloak client, with the dev realm's secret. */
    public static String clientToken(String clientId) {
        return token("grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + clientId
                + "-dev-secret");
    }

    private static String token(String form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ISSUER + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        Response response = send(request);
        if (response.status() != 200) {
            throw new IllegalStateException("no token: " + response.raw().body());
        }
        return response.body().get("access_token").asString();
    }

    /** The claims of a JWT, for asserting what Keycloak put in it. */
    public static JsonNode claims(String jwt) {
        byte[] payload = java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]);
        return JSON.readTree(new String(payload, StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
            JsonNode body = json && !response.body().isBlank() ? JSON.readTree(response.body()) : JSON.nullNode();
            return new Response(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
