package org.lingong.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lingong.devstack.junit.KeycloakAdmin;
import org.lingong.devstack.junit.TestServers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The phone and SMS code sign-in (module {@code keycloak-phone}) in the stack's real Keycloak, on realms of this test's
 * own made from the platform realm file. tenant-core's delivery endpoint is a local server that checks what Keycloak
 * sends it — the caller's token included — and answers as told.
 */
class PhoneSignInTests {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CALLBACK = PhoneSignInClient.CALLBACK;

    private static final KeycloakAdmin keycloak = new KeycloakAdmin(TestServers.shared().keycloak());
    private static final List<String> realms = new ArrayList<>();
    private static final List<JsonNode> delivered = new CopyOnWriteArrayList<>();
    private static volatile int relayAnswers = 202;
    private static HttpServer relay;

    @BeforeAll
    static void startRelay() throws IOException {
        relay = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        relay.createContext("/internal/v1/sms/verification-codes", exchange -> {
            String token = exchange.getRequestHeaders().getFirst("Authorization");
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            boolean keycloaksOwn = token != null && token.startsWith("Bearer ")
                    && "lingong-keycloak".equals(claims(token.substring(7)).path("azp").asString())
                    && "POST".equals(exchange.getRequestMethod());
            if (keycloaksOwn) {
                delivered.add(body);
            }
            exchange.sendResponseHeaders(keycloaksOwn ? relayAnswers : 401, -1);
            exchange.close();
        });
        // tenant-core's public city profile: 宿迁 has a brand (and markup in its name, which must stay text).
        relay.createContext("/api/v1/tenant", exchange -> {
            boolean suqian = "suqian".equals(exchange.getRequestHeaders().getFirst("X-Lingong-Tenant"));
            byte[] profile = "{\"nameZh\":\"宿迁<b>市</b>\",\"branding\":{\"brandName\":\"零工归宿\"}}"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(suqian ? 200 : 404, suqian ? profile.length : -1);
            if (suqian) {
                exchange.getResponseBody().write(profile);
            }
            exchange.close();
        });
        relay.start();
    }

    @AfterAll
    static void stop() {
        relay.stop(0);
        realms.forEach(keycloak::deleteRealm);
    }

    @Test
    void aNewPhoneSignsUpAndTheClientGetsATokenOfAWorker() {
        String realm = realm(Map.of());
        String phone = phone();
        Visitor visitor = new Visitor(realm, "suqian");

        String codeForm = visitor.send(phone);
        assertThat(codeForm).contains("name=\"code\"", phone.substring(0, 3) + "****" + phone.substring(7))
                .doesNotContain(phone);
        JsonNode sent = lastTo(phone);
        assertThat(sent.path("city").asString()).isEqualTo("suqian");
        assertThat(sent.path("code").asString()).matches("[0-9]{6}");
        assertThat(sent.path("minutes").asInt()).isEqualTo(5);

        String callback = visitor.verify(sent.path("code").asString());
        assertThat(callback).startsWith(CALLBACK + "?").contains("code=");
        JsonNode token = claims(visitor.redeem(callback));
        assertThat(token.path("realm_access").path("roles").valueStream().map(JsonNode::asString))
                .contains("worker");
        assertThat(token.path("preferred_username").asString()).doesNotContain(phone.substring(3));

        JsonNode account = accountOf(realm, phone);
        assertThat(account.path("attributes").path("consents").get(0).asString()).startsWith("suqian|2026-12|");
    }

    @Test
    void theSamePhoneInASecondCityIsTheSameAccountWithTheSecondCitysConsent() {
        String realm = realm(Map.of("coolDownSeconds", "0"));
        String phone = phone();
        signIn(realm, "suqian", phone);
        signIn(realm, "huaian", phone);

        JsonNode account = accountOf(realm, phone);
        assertThat(account.path("attributes").path("consents").valueStream().map(c -> c.asString().split("\\|")[0]))
                .containsExactly("suqian", "huaian");
    }

    @Test
    void theFormWearsTheCitysNameAndBrandAsTextAndLinksItsPrivacyNotice() {
        String realm = realm(Map.of());
        String branded = new Visitor(realm, "suqian").page();
        assertThat(branded).contains("id=\"city-brand\"", "宿迁&lt;b&gt;市&lt;/b&gt;零工市场 · 零工归宿")
                .doesNotContain("<b>市</b>")
                .contains("href=\"http://localhost:8090/privacy/suqian\"", "阅读《个人信息保护政策》");
        // A city tenant-core does not know: the page still works, unbranded, with the notice linked.
        String plain = new Visitor(realm, "huaian").page();
        assertThat(plain).doesNotContain("id=\"city-brand\"").contains("/privacy/huaian", "name=\"phone\"");
    }

    @Test
    void everyPhoneGetsTheSameAnswerWhetherItHasAnAccountOrNot() {
        String realm = realm(Map.of("coolDownSeconds", "0"));
        String registered = phone();
        signIn(realm, "suqian", registered);
        String stranger = phone();

        String toRegistered = new Visitor(realm, "suqian").send(registered);
        String toStranger = new Visitor(realm, "suqian").send(stranger);
        assertThat(comparable(toRegistered, registered)).isEqualTo(comparable(toStranger, stranger));
        assertThat(lastTo(registered)).isNotNull();
        assertThat(lastTo(stranger)).isNotNull();
    }

    @Test
    void wrongCodesVoidTheCodeAndAnOldCodeOpensNothing() {
        String realm = realm(Map.of("triesPerCode", "3"));
        String phone = phone();
        Visitor visitor = new Visitor(realm, "suqian");
        visitor.send(phone);
        String code = lastTo(phone).path("code").asString();
        String wrong = code.equals("000000") ? "111111" : "000000";

        assertThat(visitor.post(Map.of("action", "verify", "code", wrong)).body()).contains("验证码不正确");
        assertThat(visitor.post(Map.of("action", "verify", "code", wrong)).body()).contains("验证码不正确");
        assertThat(visitor.post(Map.of("action", "verify", "code", wrong)).body()).contains("已失效");
        HttpResponse<String> late = visitor.post(Map.of("action", "verify", "code", code));
        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(late.body()).contains("已过期", "name=\"phone\"");
        assertThat(accounts(realm, phone)).isEmpty();
    }

    @Test
    void aPhoneWaitsBetweenCodesAndHasOnlySoManyAnHour() {
        String waiting = realm(Map.of());
        String phone = phone();
        Visitor visitor = new Visitor(waiting, "suqian");
        visitor.send(phone);
        assertThat(visitor.post(Map.of("action", "resend")).body()).contains("发送太频繁");
        assertThat(new Visitor(waiting, "huaian").send(phone)).as("another city, the same phone").contains("发送太频繁");
        assertThat(delivered.stream().filter(d -> d.path("phone").asString().equals(phone))).hasSize(1);

        String limited = realm(Map.of("coolDownSeconds", "0", "codesPerPhonePerHour", "2",
                "codesPerAddressPerHour", "3"));
        String first = phone();
        assertThat(new Visitor(limited, "suqian").send(first)).contains("name=\"code\"");
        assertThat(new Visitor(limited, "suqian").send(first)).contains("name=\"code\"");
        assertThat(new Visitor(limited, "suqian").send(first)).contains("次数过多");
        assertThat(new Visitor(limited, "suqian").send(phone())).as("the address's third code").contains("name=\"code\"");
        assertThat(new Visitor(limited, "suqian").send(phone())).as("the address's fourth").contains("次数过多");
    }

    @Test
    void whenDeliveryFailsNoCodeIsKeptAndThePersonIsToldWhy() {
        String realm = realm(Map.of("coolDownSeconds", "0"));
        try {
            relayAnswers = 503;
            Visitor visitor = new Visitor(realm, "suqian");
            String phone = phone();
            assertThat(visitor.send(phone)).contains("短信服务暂时不可用", "name=\"phone\"");
            assertThat(visitor.post(Map.of("action", "verify", "code", lastTo(phone).path("code").asString()))
                    .body()).contains("已过期");
            relayAnswers = 429;
            assertThat(new Visitor(realm, "suqian").send(phone())).contains("次数过多");
            relayAnswers = 422;
            assertThat(new Visitor(realm, "suqian").send(phone())).contains("无法发送到该号码");
        } finally {
            relayAnswers = 202;
        }
        assertThat(accountsWithPhones(realm)).isEmpty();
    }

    @Test
    void badPhonesAndMissingConsentSendNothing() {
        String realm = realm(Map.of());
        Visitor visitor = new Visitor(realm, "suqian");
        int before = delivered.size();
        assertThat(visitor.post(Map.of("action", "send", "phone", "12345", "consent", "2026-12")).body())
                .contains("11 位中国大陆手机号");
        assertThat(visitor.post(Map.of("action", "send", "phone", "1380013800<b>", "consent", "2026-12")).body())
                .contains("11 位中国大陆手机号").doesNotContain("<b>");
        assertThat(visitor.post(Map.of("action", "send", "phone", phone())).body()).contains("请先阅读并勾选");
        assertThat(delivered).hasSize(before);
    }

    @Test
    void staffNeverSignInBySmsAndConsolesGetThePasswordForm() {
        String realm = realm(Map.of());
        String phone = phone();
        staffAccount(realm, phone);

        Visitor visitor = new Visitor(realm, "suqian");
        visitor.send(phone);
        HttpResponse<String> refused = visitor.post(Map.of("action", "verify", "code",
                lastTo(phone).path("code").asString()));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("工作人员账号请用账号密码登录");

        assertThat(new Visitor(realm, null).page).contains("kc-form-login").doesNotContain("name=\"phone\"");
        assertThat(new Visitor(realm, "suqian").post(Map.of("action", "password")).body()).contains("kc-form-login");
    }

    @Test
    void aChosenPasswordSignsInByPhoneAndEveryMissAnswersAlike() {
        String realm = realm(Map.of("coolDownSeconds", "0"));
        String phone = phone();
        signIn(realm, "suqian", phone);
        choosePassword(realm, accountOf(realm, phone).path("id").asString(), "zhang-2026");
        String smsOnly = phone();
        signIn(realm, "suqian", smsOnly);

        Visitor wrong = passwordForm(realm);
        String wrongPage = wrong.post(withPassword(phone, "not-it")).body();
        assertThat(wrongPage).contains("手机号或密码不正确", "name=\"password\"").doesNotContain("not-it");
        // An unknown phone and an account that never chose a password get the very same page.
        String stranger = phone();
        assertThat(comparable(passwordForm(realm).post(withPassword(stranger, "not-it")).body(), stranger))
                .isEqualTo(comparable(wrongPage, phone));
        assertThat(comparable(passwordForm(realm).post(withPassword(smsOnly, "not-it")).body(), smsOnly))
                .isEqualTo(comparable(wrongPage, phone));
        assertThat(passwordForm(realm).post(Map.of("action", "phonePassword", "phone", phone, "password",
                "zhang-2026")).body()).contains("请先阅读并勾选");

        HttpResponse<String> right = passwordForm(realm).post(withPassword(phone, "zhang-2026"));
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(right.headers().firstValue("Location").orElseThrow()).startsWith(CALLBACK + "?");
        assertThat(accounts(realm, stranger)).isEmpty();
    }

    @Test
    void bruteForceDetectionLocksThePhonePasswordWithTheSameAnswer() {
        String realm = realm(Map.of("coolDownSeconds", "0"));
        String phone = phone();
        signIn(realm, "suqian", phone);
        String id = accountOf(realm, phone).path("id").asString();
        choosePassword(realm, id, "zhang-2026");

        // Two misses within a second are a quick-login attack: Keycloak locks the account for a minute.
        Visitor attacker = passwordForm(realm);
        attacker.post(withPassword(phone, "guess-1"));
        String second = attacker.post(withPassword(phone, "guess-2")).body();
        assertThat(keycloak.send("GET", "/" + realm + "/attack-detection/brute-force/users/" + id, null).json()
                .path("disabled").asBoolean()).isTrue();
        String locked = passwordForm(realm).post(withPassword(phone, "zhang-2026")).body();
        assertThat(locked).contains("手机号或密码不正确");
        assertThat(comparable(locked, phone)).isEqualTo(comparable(second, phone));
    }

    @Test
    void staffAccountsAreRefusedEvenWithTheRightPassword() {
        String realm = realm(Map.of());
        String phone = phone();
        String staffId = staffAccount(realm, phone);
        choosePassword(realm, staffId, "desk-2026");
        assertThat(passwordForm(realm).post(withPassword(phone, "wrong-one")).body()).contains("手机号或密码不正确");
        HttpResponse<String> refused = passwordForm(realm).post(withPassword(phone, "desk-2026"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("工作人员账号请用账号密码登录");
    }

    private static Visitor passwordForm(String realm) {
        Visitor visitor = new Visitor(realm, "suqian");
        assertThat(visitor.post(Map.of("action", "usePhonePassword")).body())
                .contains("name=\"password\"", "name=\"phone\"");
        return visitor;
    }

    private static Map<String, String> withPassword(String phone, String password) {
        return Map.of("action", "phonePassword", "phone", phone, "password", password, "consent", "2026-12");
    }

    /** What Keycloak's UPDATE_PASSWORD action does when the person sets a password on their page. */
    private static void choosePassword(String realm, String userId, String password) {
        assertThat(keycloak.send("PUT", "/" + realm + "/users/" + userId + "/reset-password", JSON.createObjectNode()
                .put("type", "password").put("value", password).put("temporary", false).toString()).status())
                .isEqualTo(204);
    }

    private static String staffAccount(String realm, String phone) {
        KeycloakAdmin.Response created = keycloak.send("POST", "/" + realm + "/users", JSON.createObjectNode()
                .put("username", "staff" + phone).put("enabled", true)
                .set("attributes", JSON.createObjectNode().set("phone", JSON.createArrayNode().add(phone)))
                .toString());
        assertThat(created.status()).isEqualTo(201);
        String staffId = created.location().substring(created.location().lastIndexOf('/') + 1);
        JsonNode role = keycloak.send("GET", "/" + realm + "/roles/station-staff", null).json();
        keycloak.send("POST", "/" + realm + "/users/" + staffId + "/role-mappings/realm", "[" + role + "]");
        return staffId;
    }

    private static void signIn(String realm, String city, String phone) {
        Visitor visitor = new Visitor(realm, city);
        visitor.send(phone);
        assertThat(visitor.verify(lastTo(phone).path("code").asString())).startsWith(CALLBACK);
    }

    /** A realm of this test's own from the platform realm file, delivering to the local server. */
    private static String realm(Map<String, String> settings) {
        String name = "lingong-phonetest-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 40), 36);
        try (InputStream in = PhoneSignInTests.class.getResourceAsStream("/keycloak/lingong-realm.json")) {
            ObjectNode document = (ObjectNode) JSON.readTree(in);
            ObjectNode config = (ObjectNode) document.get("authenticatorConfig").get(0).get("config");
            config.put("tenantCoreUrl", "http://127.0.0.1:" + relay.getAddress().getPort());
            settings.forEach(config::put);
            keycloak.createRealm(name, document);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        realms.add(name);
        return name;
    }

    private static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static JsonNode lastTo(String phone) {
        return delivered.reversed().stream().filter(d -> d.path("phone").asString().equals(phone)).findFirst()
                .orElse(null);
    }

    private static List<JsonNode> accounts(String realm, String phone) {
        return keycloak.send("GET", "/" + realm + "/users?q=phone:" + phone, null).json().valueStream().toList();
    }

    private static List<JsonNode> accountsWithPhones(String realm) {
        return keycloak.send("GET", "/" + realm + "/users?briefRepresentation=false&max=100", null).json()
                .valueStream().filter(u -> u.path("attributes").has("phone")).toList();
    }

    private static JsonNode accountOf(String realm, String phone) {
        List<JsonNode> found = accounts(realm, phone);
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    /** A page with what differs between two answers by design (session codes, the phone) taken out. */
    private static String comparable(String page, String phone) {
        return page.replaceAll("(session_code|execution|tab_id|client_data)=[^&\"]+", "$1=")
                .replace(phone.substring(0, 3) + "****" + phone.substring(7), "PHONE").replace(phone, "PHONE");
    }

    private static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        return parts.length < 2 ? JSON.createObjectNode() : JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    /** The pages as a browser sees them, on this test's realm. */
    private static final class Visitor {

        private final PhoneSignInClient client;
        private final String page;

        Visitor(String realm, String city) {
            client = new PhoneSignInClient(HTTP, TestServers.shared().keycloak().url() + "/realms/" + realm, city);
            page = client.page();
        }

        String page() {
            return page;
        }

        String send(String phone) {
            return client.send(phone, "2026-12");
        }

        String verify(String code) {
            return client.verify(code);
        }

        String redeem(String callback) {
            return client.redeem(callback);
        }

        HttpResponse<String> post(Map<String, String> fields) {
            return client.post(fields);
        }
    }
}
