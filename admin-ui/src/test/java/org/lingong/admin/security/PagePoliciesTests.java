package org.lingong.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lingong.devstack.junit.RealServers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Each page Vaadin serves carries its own Content-Security-Policy: a fresh nonce on every script of the page, and the
 * image origins of the city the page is about, read from the city's public profile — here from a stand-in for the
 * gateway that knows 宿迁 with Tianditu tiles and a logo on a CDN. Other answers carry the baseline policy.
 */
@RealServers
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "lingong.public-url=https://lingong.example.cn")
class PagePoliciesTests {

    private static final String SUQIAN = """
            {"code": "suqian", "nameZh": "宿迁市", "nameEn": "Suqian", "status": "ACTIVE",
             "branding": {"brandName": "零工归宿", "logoUrl": "https://cdn.suqian.example/logo.png?v=2",
               "mapTiles": {"urlTemplate": "https://t{s}.tianditu.gov.cn/vec_w/wmts?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=KEY",
                            "subdomains": "01", "attribution": "© 天地图", "coordinates": "WGS84"}}}""";

    private static final HttpServer GATEWAY = gateway();

    @DynamicPropertySource
    static void gatewayUrl(DynamicPropertyRegistry properties) {
        properties.add("lingong.gateway.url", () -> "http://127.0.0.1:" + GATEWAY.getAddress().getPort());
    }

    @AfterAll
    static void stopGateway() {
        GATEWAY.stop(0);
    }

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPublicPageAdmitsItsCitysTilesAndLogoAndRunsOnlyItsOwnScripts() throws Exception {
        HttpResponse<String> page = get("/worker/suqian?lat=33.96&lon=118.28");

        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        Map<String, String> directives = ContentSecurityPolicyTests.directives(policy);
        assertThat(directives.get("img-src")).isEqualTo("'self' data: https://cdn.suqian.example "
                + "https://lingong.example.cn https://t0.tianditu.gov.cn https://t1.tianditu.gov.cn");
        Matcher nonce = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'").matcher(directives.get("script-src"));
        assertThat(nonce.find()).isTrue();
        List<String> scripts = Pattern.compile("<script\\b[^>]*>").matcher(page.body()).results()
                .map(script -> script.group()).toList();
        assertThat(scripts).isNotEmpty().allSatisfy(script -> assertThat(script).contains("nonce=\"" + nonce.group(1) + "\""));
        assertThat(page.body()).contains("<meta name=\"lingong-images\" content=\"listed\">");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
                permissions -> assertThat(permissions).contains("geolocation=(self)", "camera=()"));

        String again = get("/screen/suqian/1").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(again).as("a nonce is used once").doesNotContain(nonce.group(1))
                .contains("https://t0.tianditu.gov.cn");
    }

    @Test
    void aCityTheGatewayDoesNotKnowGetsTheConfiguredTilesOnly() throws Exception {
        String policy = get("/worker/nowhere").headers().firstValue("Content-Security-Policy").orElseThrow();

        assertThat(ContentSecurityPolicyTests.directives(policy).get("img-src"))
                .isEqualTo("'self' data: https://lingong.example.cn https://tile.openstreetmap.org");
    }

    @Test
    void anythingElseMayRunLoadAndFrameNothing() throws Exception {
        HttpResponse<String> notFound = get("/actuator/health");

        assertThat(notFound.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityConfiguration.BASELINE_POLICY);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Answers 宿迁's public profile, and 404 for any other city. */
    private static HttpServer gateway() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                boolean suqian = exchange.getRequestURI().getPath().equals("/t/suqian/api/v1/tenant");
                byte[] body = (suqian ? SUQIAN : "{\"title\": \"unknown\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type",
                        suqian ? "application/json" : "application/problem+json");
                exchange.sendResponseHeaders(suqian ? 200 : 404, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
