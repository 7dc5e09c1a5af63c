package org.lingong.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser on Keycloak's phone sign-in pages (module {@code keycloak-phone}) without a browser, for tests and the
 * sign-up benchmark: starts an authorization request of {@code lingong-admin-ui} for a city, fills in the phone form
 * and the code form, and redeems the authorization code (PKCE) for the account's access token. Keeps the cookies
 * itself: Keycloak's are {@code Secure}, which browsers accept on loopback and Java's cookie handler does not.
 */
public final class PhoneSignInClient {

    /** RFC 7636's example pair: the sign-in's PKCE challenge and the verifier that redeems its code. */
    private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private static final String CLIENT = "lingong-admin-ui";
    public static final String CALLBACK = "http://localhost:8090/login/oauth2/code/keycloak";
    private static final Pattern ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

    private final HttpClient http;
    private final Map<String, String> cookies = new HashMap<>();
    private final String issuer;
    private String page;

    /**
     * Opens Keycloak's sign-in page.
     *
     * @param issuer the realm, e.g. {@code http://127.0.0.1:18080/realms/lingong}
     * @param city   the city the sign-in names, or {@code null} for a console's sign-in
     */
    public PhoneSignInClient(HttpClient http, String issuer, String city) {
        this.http = http;
        this.issuer = issuer;
        Map<String, String> query = new HashMap<>(Map.of("client_id", CLIENT, "redirect_uri", CALLBACK,
                "response_type", "code", "scope", "openid", "code_challenge", CHALLENGE,
                "code_challenge_method", "S256", "ui_locales", "zh-CN"));
        if (city != null) {
            query.put("city", city);
        }
        HttpResponse<String> first = exchange(HttpRequest.newBuilder(URI.create(issuer
                + "/protocol/openid-connect/auth?" + form(query))).GET());
        if (first.statusCode() != 200) {
            throw new IllegalStateException("sign-in page answered " + first.statusCode());
        }
        page = first.body();
    }

    /** The page Keycloak showed last. */
    public String page() {
        return page;
    }

    /** Asks for a code for this phone with consent to the realm's notice version; returns the page shown. */
    public String send(String phone, String privacyVersion) {
        HttpResponse<String> answer = post(Map.of("action", "send", "phone", phone, "consent", privacyVersion));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("sending a code answered " + answer.statusCode());
        }
        return answer.body();
    }

    /** Enters the code; returns where Keycloak sends the browser back to the client (its authorization code). */
    public String verify(String code) {
        HttpResponse<String> answer = post(Map.of("action", "verify", "code", code));
        if (answer.statusCode() != 302) {
            throw new IllegalStateException("the code was not taken (" + answer.statusCode() + "): "
                    + answer.body().replaceAll("(?s).*pf-v5-c-alert__title[^>]*>([^<]*)<.*", "$1"));
        }
        return answer.headers().firstValue("Location").orElseThrow();
    }

    /** Redeems the authorization code as the client would; returns the access token. */
    public String redeem(String callback) {
        String code = URI.create(callback).getQuery().replaceAll(".*(?:^|&)code=([^&]+).*", "$1");
        HttpResponse<String> tokens = exchange(HttpRequest.newBuilder(URI.create(issuer
                        + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                        "client_id", CLIENT, "code", code, "redirect_uri", CALLBACK, "code_verifier", VERIFIER)))));
        if (tokens.statusCode() != 200) {
            throw new IllegalStateException("code not redeemed: " + tokens.statusCode() + " " + tokens.body());
        }
        return JsonMapper.shared().readTree(tokens.body()).path("access_token").asString();
    }

    /** Submits the form on the page shown last; a page in answer becomes the one shown. */
    public HttpResponse<String> post(Map<String, String> fields) {
        Matcher action = ACTION.matcher(page);
        if (!action.find()) {
            throw new IllegalStateException("no form on the page shown");
        }
        HttpResponse<String> answer = exchange(HttpRequest.newBuilder(URI.create(action.group(1)
                        .replace("&amp;", "&"))).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
        if (answer.statusCode() == 200) {
            page = answer.body();
        }
        return answer;
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        request.timeout(Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(cookie -> {
                String[] pair = cookie.split(";", 2)[0].split("=", 2);
                cookies.put(pair[0], pair.length > 1 ? pair[1] : "");
            });
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
