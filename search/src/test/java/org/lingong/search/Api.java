package org.lingong.search;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running service over real HTTP, through the whole filter chain, and never throws on an error status. */
public final class Api {

    private final RestClient http;

    public Api(int port) {
        this.http = RestClient.create("http://127.0.0.1:" + port);
    }

    public Reply call(HttpMethod method, String path, @Nullable String token, String... headerPairs) {
        return exchange(http.method(method).uri(path), token, headerPairs);
    }

    /** POSTs a body as JSON. */
    public Reply post(String path, @Nullable String token, Object body, String... headerPairs) {
        return exchange(http.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body), token,
                headerPairs);
    }

    private static Reply exchange(RestClient.RequestHeadersSpec<?> spec, @Nullable String token,
            String... headerPairs) {
        return spec
                .headers(headers -> {
                    if (token != null) {
                        headers.setBearerAuth(token);
                    }
                    for (int i = 0; i < headerPairs.length; i += 2) {
                        headers.add(headerPairs[i], headerPairs[i + 1]);
                    }
                })
                .exchange((request, response) -> {
                    String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
                    return new Reply(response.getStatusCode().value(), response.getHeaders(), body);
                });
    }

    public Reply get(String path, @Nullable String token, String... headerPairs) {
        return call(HttpMethod.GET, path, token, headerPairs);
    }

    /** A response: status, headers and the body, as text and parsed when it is JSON. */
    public record Reply(int status, HttpHeaders headers, String text) {

        public JsonNode json() {
            return JsonMapper.shared().readTree(text);
        }

        public @Nullable String contentType() {
            return headers.getFirst(HttpHeaders.CONTENT_TYPE);
        }
    }
}
