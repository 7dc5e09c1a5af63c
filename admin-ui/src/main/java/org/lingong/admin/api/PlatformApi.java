package org.lingong.admin.api;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.lingong.admin.i18n.UiLocales;
import org.lingong.admin.security.OidcClientConfiguration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.i18n.I18NProvider;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the gateway as the signed-in user: their access token, their UI language. Tenant-scoped paths start with
 * {@code /t/{tenant}}, e.g. {@code get(JobPage.class, "/t/{tenant}/api/v1/jobs", "suqian")}. A refusal becomes an
 * {@link ApiProblem}; so does a gateway that cannot be reached.
 */
@Component
public class PlatformApi {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final RestClient http;
    private final OAuth2AuthorizedClientManager tokens;

    PlatformApi(RestClient.Builder http, ApiConfiguration.GatewayProperties gateway,
                OAuth2AuthorizedClientManager tokens) {
        this.http = http.baseUrl(gateway.url()).build();
        this.tokens = tokens;
    }

    public <T> T get(Class<T> type, String uri, Object... variables) {
        return exchange(HttpMethod.GET, type, null, MediaType.APPLICATION_JSON, uri, variables);
    }

    /**
     * A public endpoint, called without a token whoever is signed in (the worker page, the market screen), for the
     * visitor: their address goes along in {@code X-Forwarded-For}, as the gateway limits anonymous callers by address
     * (it believes the header from the console's address only, which its trusted proxies list).
     */
    public <T> T getPublic(Class<T> type, String uri, Object... variables) {
        RestClient.RequestBodySpec request = http.method(HttpMethod.GET).uri(uri, variables);
        VaadinRequest visitor = VaadinRequest.getCurrent();
        if (visitor != null && visitor.getRemoteAddr() != null) {
            request.header("X-Forwarded-For", visitor.getRemoteAddr());
        }
        return send(request, type);
    }

    public <T> T post(Class<T> type, Object body, String uri, Object... variables) {
        return exchange(HttpMethod.POST, type, body, MediaType.APPLICATION_JSON, uri, variables);
    }

    public <T> T put(Class<T> type, Object body, String uri, Object... variables) {
        return exchange(HttpMethod.PUT, type, body, MediaType.APPLICATION_JSON, uri, variables);
    }

    /** Sends a file as it is (the job import takes the raw bytes). */
    public <T> T postFile(Class<T> type, byte[] file, String uri, Object... variables) {
        return exchange(HttpMethod.POST, type, file, MediaType.APPLICATION_OCTET_STREAM, uri, variables);
    }

    /** Puts a file as it is, with its own type (a logo: {@code image/png} …). */
    public <T> T putFile(Class<T> type, byte[] file, MediaType fileType, String uri, Object... variables) {
        return exchange(HttpMethod.PUT, type, file, fileType, uri, variables);
    }

    /** A file the API answers with, e.g. an image, and the type it says it is. */
    public record File(byte[] bytes, String contentType) implements Serializable {
    }

    /** Fetches a file as the signed-in user; a refusal is an {@link ApiProblem} like any other. */
    public File getFile(String uri, Object... variables) {
        RestClient.RequestBodySpec request = http.method(HttpMethod.GET).uri(uri, variables)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken());
        ResponseEntity<byte[]> file = send(request, MediaType.ALL, spec -> spec.toEntity(byte[].class));
        MediaType type = file.getHeaders().getContentType();
        return new File(file.getBody() == null ? new byte[0] : file.getBody(),
                type == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : type.toString());
    }

    /**
     * Opens a stream of Server-Sent Events as the signed-in user, resuming after {@code lastEventId} (none: from the
     * start), in {@code language}; none when nobody is signed in. The answer is as the gateway gave it, refusals
     * included: the caller (outside any page, hence no {@link ApiProblem} with a translated text) checks its status,
     * reads it and closes it, which ends the request. A gateway out of reach throws a {@code RestClientException}.
     */
    public Optional<ClientHttpResponse> openStream(Locale language, String lastEventId, String uri,
                                                   Object... variables) {
        Optional<String> token = currentToken();
        if (token.isEmpty()) {
            return Optional.empty();
        }
        RestClient.RequestBodySpec request = http.method(HttpMethod.GET).uri(uri, variables)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token.get())
                .header(HttpHeaders.ACCEPT_LANGUAGE, language.toLanguageTag())
                .accept(MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_PROBLEM_JSON);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return Optional.of(request.exchange((sent, response) -> response, false));
    }

    public <T> T delete(Class<T> type, String uri, Object... variables) {
        return exchange(HttpMethod.DELETE, type, null, MediaType.APPLICATION_JSON, uri, variables);
    }

    private <T> T exchange(HttpMethod method, Class<T> type, Object body, MediaType contentType, String uri,
                           Object... variables) {
        RestClient.RequestBodySpec request = http.method(method).uri(uri, variables)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken());
        if (body != null) {
            request.contentType(contentType).body(body);
        }
        return send(request, type);
    }

    private <T> T send(RestClient.RequestBodySpec request, Class<T> type) {
        return send(request, MediaType.APPLICATION_JSON, spec -> spec.body(type));
    }

    private <T> T send(RestClient.RequestBodySpec request, MediaType accepted,
                       Function<RestClient.ResponseSpec, T> answer) {
        request.header(HttpHeaders.ACCEPT_LANGUAGE, language().toLanguageTag())
                .accept(accepted, MediaType.APPLICATION_PROBLEM_JSON);
        try {
            return answer.apply(request.retrieve()
                    .onStatus(HttpStatusCode::isError, (sent, response) -> {
                        throw problem(response.getStatusCode().value(), response.getBody().readAllBytes());
                    }));
        } catch (ResourceAccessException e) {
            throw new ApiProblem(503, I18NProvider.translate("api.unreachable"), null, Map.of());
        }
    }

    private String accessToken() {
        return currentToken().orElseThrow(
                () -> new ApiProblem(401, I18NProvider.translate("api.signed-out"), null, Map.of()));
    }

    /** The user's access token, refreshed through Keycloak when it has expired; none once signed out. */
    private Optional<String> currentToken() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null) {
            return Optional.empty();
        }
        OAuth2AuthorizedClient client = tokens.authorize(OAuth2AuthorizeRequest
                .withClientRegistrationId(OidcClientConfiguration.REGISTRATION_ID).principal(user).build());
        return Optional.ofNullable(client).map(signedIn -> signedIn.getAccessToken().getTokenValue());
    }

    private static Locale language() {
        UI ui = UI.getCurrent();
        return ui == null ? UiLocales.CHINESE : ui.getLocale();
    }

    static ApiProblem problem(int status, byte[] body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (RuntimeException notJson) {
            json = JSON.createObjectNode();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        json.path("errors").forEach(error -> fields.merge(error.path("field").asString(""),
                error.path("message").asString(""), (first, second) -> first + "; " + second));
        String title = json.path("title").asString("");
        String type = json.path("type").asString("");
        return new ApiProblem(status, type.substring(type.lastIndexOf('/') + 1),
                title.isBlank() ? "HTTP " + status : title, json.path("detail").asString(null), fields);
    }
}
