package org.lingong.core.staff;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * Stands between tenant-core and the real Keycloak and passes every request on, until a test stages a fault: Keycloak
 * unreachable ({@link #down()}, the port refuses connections until {@link #up()}), or Keycloak failing one kind of
 * request ({@link #failing}, answered 500). The accounts themselves are always Keycloak's own.
 */
public final class KeycloakRelay {

    private static final String KEYCLOAK = System.getProperty("LINGONG_KEYCLOAK_URL", "http://127.0.0.1:18080");
    private static final List<String> REQUEST_HEADERS = List.of("Authorization", "Content-Type", "Accept");
    private static final List<String> RESPONSE_HEADERS = List.of("Content-Type", "Location");

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private HttpServer server;
    /** Requests whose path contains this text are answered 500 without reaching Keycloak. */
    public volatile String failing;

    public KeycloakRelay() {
        start(0);
        this.port = server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public synchronized void down() {
        server.stop(0);
    }

    public synchronized void up() {
        start(port);
    }

    private void start(int onPort) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::relay);
        server.start();
    }

    private void relay(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            String path = exchange.getRequestURI().getRawPath();
            String fail = failing;
            if (fail != null && path.contains(fail)) {
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(KEYCLOAK + exchange.getRequestURI()))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body.readAllBytes()));
            REQUEST_HEADERS.forEach(name -> exchange.getRequestHeaders().getOrDefault(name, List.of())
                    .forEach(value -> request.header(name, value)));
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            RESPONSE_HEADERS.forEach(name -> response.headers().firstValue(name)
                    .ifPresent(value -> exchange.getResponseHeaders().set(name, value)));
            byte[] answer = response.body();
            exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
