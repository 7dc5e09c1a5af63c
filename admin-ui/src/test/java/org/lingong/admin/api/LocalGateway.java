package org.lingong.admin.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.lingong.admin.security.OidcClientConfiguration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.web.client.RestClient;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A gateway on a loopback port for tests of the consoles' API clients: it answers every request as the test says,
 * keeps what was sent (method, path and query, headers, body), and hands out a {@link PlatformApi} that calls it as a
 * signed-in user with the access token {@value #TOKEN}.
 */
public final class LocalGateway implements AutoCloseable {

    public static final String TOKEN = "test-access-token";

    /** What a client sent; header names in any case. */
    public record Request(String method, String uri, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name);
        }
    }

    public record Answer(int status, String contentType, String body) {

        public static Answer json(int status, String body) {
            return new Answer(status, "application/json", body);
        }

        public static Answer problem(int status, String body) {
            return new Answer(status, "application/problem+json", body);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public LocalGateway(Function<Request, Answer> answers) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Request request = read(exchange);
            requests.add(request);
            Answer answer = answers.apply(request);
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** A client of this gateway whose every call carries {@value #TOKEN}, as if a user were signed in. */
    public PlatformApi api() {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("staff", null, List.of()));
        ClientRegistration keycloak = ClientRegistration.withRegistrationId(OidcClientConfiguration.REGISTRATION_ID)
                .clientId("lingong-admin-ui").authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").authorizationUri(url() + "/auth")
                .tokenUri(url() + "/token").build();
        OAuth2AuthorizedClientManager tokens = authorize -> new OAuth2AuthorizedClient(keycloak,
                authorize.getPrincipal().getName(), new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, TOKEN,
                Instant.now(), Instant.now().plusSeconds(300)));
        return new PlatformApi(RestClient.builder(), new ApiConfiguration.GatewayProperties(url()), tokens);
    }

    @Override
    public void close() {
        server.stop(0);
        SecurityContextHolder.clearContext();
    }

    private static Request read(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.getFirst()));
        return new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers,
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }
}
