package org.lingong.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.lingong.admin.maps.MapTiles;

class ContentSecurityPolicyTests {

    @Test
    void scriptsNeedTheNonceAndNoInlineHandlerOrInjectedScriptIsAdmitted() {
        Map<String, String> policy = directives(new ContentSecurityPolicy("abc123", Set.of("https://tile.openstreetmap.org"))
                .header());

        assertThat(policy.get("script-src")).isEqualTo("'self' 'nonce-abc123' 'unsafe-eval'");
        assertThat(policy).containsEntry("object-src", "'none'").containsEntry("base-uri", "'self'")
                .containsEntry("frame-ancestors", "'none'").containsEntry("form-action", "'self'")
                .containsEntry("connect-src", "'self'").containsEntry("default-src", "'self'");
        assertThat(policy.get("img-src")).isEqualTo("'self' data: https://tile.openstreetmap.org");
        assertThat(new ContentSecurityPolicy("n", Set.of()).header()).contains("img-src 'self' data:;");
    }

    @Test
    void aTileTemplateIsAdmittedByItsOriginsOnePerSubdomain() {
        assertThat(ContentSecurityPolicy.origins(tiles("https://tile.openstreetmap.org/{z}/{x}/{y}.png", null)))
                .containsExactly("https://tile.openstreetmap.org");
        assertThat(ContentSecurityPolicy.origins(tiles(
                "https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&x={x}&y={y}&z={z}", "1234")))
                .containsExactly("https://webrd01.is.autonavi.com", "https://webrd02.is.autonavi.com",
                        "https://webrd03.is.autonavi.com", "https://webrd04.is.autonavi.com");
        // Leaflet's own subdomains where the template names none.
        assertThat(ContentSecurityPolicy.origins(tiles("http://{s}.Tiles.example.cn:8081/{z}/{x}/{y}.png", "")))
                .containsExactly("http://a.tiles.example.cn:8081", "http://b.tiles.example.cn:8081",
                        "http://c.tiles.example.cn:8081");
    }

    @Test
    void onlyAPlainOriginReachesTheHeader() {
        assertThat(ContentSecurityPolicy.origin("https://cdn.example.cn/logo.png?v=3")).hasValue("https://cdn.example.cn");
        assertThat(ContentSecurityPolicy.origin("http://localhost:8080")).hasValue("http://localhost:8080");
        // Anything that could end the directive, add a source or name another scheme admits nothing.
        assertThat(ContentSecurityPolicy.origin("https://evil.example;script-src")).isEmpty();
        assertThat(ContentSecurityPolicy.origin("https://a.example,b.example/x.png")).isEmpty();
        assertThat(ContentSecurityPolicy.origin("https://*.example.cn/x.png")).isEmpty();
        assertThat(ContentSecurityPolicy.origin("https://user@host.example/x.png")).isEmpty();
        assertThat(ContentSecurityPolicy.origin("javascript:alert(1)")).isEmpty();
        assertThat(ContentSecurityPolicy.origin("data:image/png;base64,AAAA")).isEmpty();
        assertThat(ContentSecurityPolicy.origin(null)).isEmpty();
        assertThat(ContentSecurityPolicy.origins(tiles("https://{s}.example.cn/{z}/{x}/{y}", "a;b")))
                .containsExactly("https://a.example.cn", "https://b.example.cn");
    }

    static Map<String, String> directives(String header) {
        return Arrays.stream(header.split(";")).map(String::strip).filter(part -> !part.isEmpty())
                .collect(Collectors.toMap(part -> part.split(" ", 2)[0],
                        part -> part.contains(" ") ? part.split(" ", 2)[1] : ""));
    }

    private static MapTiles tiles(String url, String subdomains) {
        return new MapTiles(url, subdomains, null, null, null);
    }
}
