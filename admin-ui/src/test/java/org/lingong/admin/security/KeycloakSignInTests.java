package org.lingong.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.admin.security.LoopbackBrowser.location;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lingong.devstack.junit.RealServers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs in and out through the real Keycloak of dev-stack, hop by hop, as a browser would. The realm lets
 * {@code lingong-admin-ui} return to any loopback port, so the app runs on a random one.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealServers
class KeycloakSignInTests {

    private static final Pattern LOGIN_FORM =
            Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern CSRF_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    private int port;

    @Value("${lingong.oidc.issuer-uri}")
    private String issuer;

    private final LoopbackBrowser browser = new LoopbackBrowser();

    @Test
    void visitorIsSentToKeycloakWithPkce() {
        String authorization = authorizationRedirect();

        assertThat(authorization).startsWith(issuer + "/protocol/openid-connect/auth?");
        Map<String, String> query = query(authorization);
        assertThat(query)
                .containsEntry("client_id", "lingong-admin-ui")
                .containsEntry("response_type", "code")
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("redirect_uri", app() + "/login/oauth2/code/keycloak");
        assertThat(query.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(query.get("scope").split(" ")).contains("openid");
    }

    @ParameterizedTest
    @CsvSource({
            "platform-admin, 平台管理员, 全国平台",
            "jiangsu-admin,  省级管理员, 江苏省（全省）"})
    void adminSignsInAndSeesTheDashboard(String username, String role, String jurisdiction) {
        HttpResponse<String> page = signIn(username);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<html lang=\"zh\"");
        assertThat(startViewTexts()).contains(username, role, jurisdiction, "退出登录");
    }

    @Test
    void aWorkersPageNamesItsCitySoKeycloakOffersThePhoneAndCode() {
        HttpResponse<String> start = browser.get(app() + "/worker/suqian/sign-in");
        assertThat(start.statusCode()).isEqualTo(302);
        HttpResponse<String> login = browser.get(location(start));
        assertThat(login.statusCode()).isEqualTo(302);
        String authorization = location(login);
        assertThat(query(authorization)).containsEntry("city", "suqian").containsEntry("client_id", "lingong-admin-ui");

        String page = browser.get(authorization).body();
        assertThat(page).contains("id=\"lingong-phone-form\"", "name=\"phone\"", "name=\"consent\"")
                .doesNotContain("kc-form-login");
    }

    @Test
    void anEmployersPageSignsANewcomerUpAsAnEmployer() {
        HttpResponse<String> start = browser.get(app() + "/employer/suqian/me");
        assertThat(start.statusCode()).isEqualTo(302);
        String authorization = location(browser.get(location(start)));
        assertThat(query(authorization)).containsEntry("city", "suqian").containsEntry("as", "employer");
    }

    /** 设置登录密码 (PasswordChoice) asks Keycloak for UPDATE_PASSWORD for the page's city; no other action passes. */
    @Test
    void aPersonsPageAsksKeycloakForThePasswordActionAndNoOther() {
        browser.get(app() + "/worker/suqian/me");
        String authorization = location(browser.get(app() + "/oauth2/authorization/keycloak?kc_action=UPDATE_PASSWORD"));
        assertThat(query(authorization)).containsEntry("kc_action", "UPDATE_PASSWORD").containsEntry("city", "suqian");
        String other = location(browser.get(app() + "/oauth2/authorization/keycloak?kc_action=delete_account"));
        assertThat(query(other)).doesNotContainKey("kc_action").containsEntry("city", "suqian");
    }

    @Test
    void aConsoleSignInNamesNoCityAndGetsThePasswordForm() {
        String authorization = authorizationRedirect();
        assertThat(query(authorization)).doesNotContainKey("city");
        assertThat(browser.get(authorization).body()).contains("kc-form-login").doesNotContain("lingong-phone-form");
    }

    @Test
    void thePublicPortHasNoMetricsEvenForAPlatformAdmin() {
        signIn("platform-admin");
        HttpResponse<String> metrics = browser.get(app() + "/actuator/prometheus", "text/plain");
        assertThat(metrics.statusCode()).isEqualTo(404);
        assertThat(metrics.body()).doesNotContain("jvm_memory_used_bytes");
    }

    @Test
    void signingOutEndsTheKeycloakSessionToo() {
        Matcher csrf = CSRF_TOKEN.matcher(signIn("platform-admin").body());
        assertThat(csrf.find()).as("CSRF token in the page").isTrue();

        HttpResponse<String> logout = browser.postForm(app() + "/logout", Map.of(),
                Map.of("X-CSRF-TOKEN", csrf.group(1)));
        assertThat(logout.statusCode()).isEqualTo(302);
        String endSession = location(logout);
        assertThat(endSession).startsWith(issuer + "/protocol/openid-connect/logout?");
        assertThat(query(endSession)).containsKey("id_token_hint").containsEntry("post_logout_redirect_uri", app());

        HttpResponse<String> keycloak = browser.get(endSession);
        assertThat(keycloak.statusCode()).isEqualTo(302);
        assertThat(location(keycloak)).isEqualTo(app());

        // Signed out of both: the app asks to sign in again, and Keycloak asks for the password again.
        assertThat(browser.get(authorizationRedirect()).body()).contains("kc-form-login");
    }

    private String app() {
        return "http://localhost:" + port;
    }

    /** GET / as a stranger: the app sends the browser to its OAuth2 login page, which sends it on to Keycloak. */
    private String authorizationRedirect() {
        return authorizationRedirect(browser);
    }

    private String authorizationRedirect(LoopbackBrowser visitor) {
        HttpResponse<String> start = visitor.get(app() + "/");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(location(start)).isEqualTo(app() + "/oauth2/authorization/keycloak");
        HttpResponse<String> login = visitor.get(location(start));
        assertThat(login.statusCode()).isEqualTo(302);
        return location(login);
    }

    /** Fills in Keycloak's login form and follows the way back; returns the start page served after sign-in. */
    private HttpResponse<String> signIn(String username) {
        return signIn(browser, username);
    }

    private HttpResponse<String> signIn(LoopbackBrowser visitor, String username) {
        HttpResponse<String> form = visitor.get(authorizationRedirect(visitor));
        assertThat(form.statusCode()).isEqualTo(200);
        Matcher action = LOGIN_FORM.matcher(form.body());
        assertThat(action.find()).as("Keycloak's login form").isTrue();

        HttpResponse<String> submitted = visitor.postForm(
                form.uri().resolve(action.group(1).replace("&amp;", "&")).toString(),
                Map.of("username", username, "password", "demo", "credentialId", ""), Map.of());
        assertThat(submitted.statusCode()).as("Keycloak accepts the password").isEqualTo(302);
        String callback = location(submitted);
        assertThat(callback).startsWith(app() + "/login/oauth2/code/keycloak?");

        HttpResponse<String> signedIn = visitor.get(callback);
        assertThat(signedIn.statusCode()).as("code exchanged for tokens").isEqualTo(302);
        assertThat(location(signedIn)).startsWith(app() + "/");
        return visitor.get(location(signedIn));
    }

    /**
     * Renders the start view as Vaadin's client does once the page has loaded: an init request for the UI, then the
     * router's navigation event. Returns every string in the resulting UI changes (texts, tags, attributes).
     */
    private Set<String> startViewTexts() {
        JsonNode init = JsonMapper.shared().readTree(browser.get(app() + "/?v-r=init&location=").body());
        JsonNode appConfig = init.get("appConfig");
        String navigate = """
                {"csrfToken":"%s","syncId":0,"clientId":0,"rpc":[{"type":"event","node":1,"event":"ui-navigate",
                 "data":{"route":"","query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}]}"""
                .formatted(appConfig.get("uidl").get("Vaadin-Security-Key").stringValue());
        HttpResponse<String> changes = browser.postJson(
                app() + "/?v-r=uidl&v-uiId=" + appConfig.get("v-uiId").intValue(), navigate);
        assertThat(changes.statusCode()).isEqualTo(200);
        Set<String> strings = new HashSet<>();
        collectStrings(JsonMapper.shared().readTree(changes.body()), strings);
        return strings;
    }

    private static void collectStrings(JsonNode node, Set<String> into) {
        if (node.isString()) {
            into.add(node.stringValue());
        }
        node.values().forEach(child -> collectStrings(child, into));
    }

    private static Map<String, String> query(String url) {
        return Arrays.stream(URI.create(url).getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> decode(pair[0]), pair -> pair.length > 1 ? decode(pair[1]) : ""));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
