package org.lingong.core.sms;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One signed POST to a provider and its JSON answer, shared by the adapters: bounded by the timeout, and empty when
 * nothing usable came back (unreachable, too slow, not JSON), the reason logged without the request's content.
 */
final class ProviderCall {

    private static final Logger log = LoggerFactory.getLogger(ProviderCall.class);
    static final JsonMapper JSON = JsonMapper.builder().build();

    record Answer(int status, JsonNode body) {
    }

    private final URI endpoint;
    private final Duration timeout;
    private final HttpClient http;

    ProviderCall(URI endpoint, Duration timeout) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** The endpoint's host as signed requests name it: with its port when it has one. */
    String host() {
        return endpoint.getPort() < 0 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
    }

    /** Posts the body to the endpoint's root with these headers (a {@code host} header is the client's to set). */
    Optional<Answer> post(Map<String, String> headers, byte[] body, SmsProvider provider) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve("/")).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, value) -> {
            if (!name.toLowerCase(Locale.ROOT).equals("host")) {
                request.header(name, value);
            }
        });
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode answer = JSON.readTree(response.body());
            return Optional.of(new Answer(response.statusCode(), answer == null ? JSON.missingNode() : answer));
        } catch (IOException | JacksonException e) {
            log.warn("{} SMS unanswered: {}", provider, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
