package org.lingong.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.lingong.devstack.junit.RealServers;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;

/**
 * X-Forwarded-* headers count only from a configured proxy (issue 13, item 15): here the proxy is 127.0.0.2, so the
 * test speaks from there as the proxy and from 127.0.0.1 as any other client. A client's headers change neither the
 * redirects nor the address the app sees.
 */
@RealServers
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "server.tomcat.remoteip.internal-proxies=127.0.0.2/32")
class ForwardedHeadersTests {

    private static final String FORGED = """
            X-Forwarded-For: 203.0.113.9\r
            X-Forwarded-Proto: https\r
            X-Forwarded-Host: evil.example\r
            X-Forwarded-Port: 443\r
            """;

    @LocalServerPort
    private int port;

    @Test
    void aClientThatIsNoProxyCannotChangeTheAddressSchemeOrHostTheAppSees() throws IOException {
        assertThat(body(from("127.0.0.1", "/__request", FORGED)))
                .isEqualTo("127.0.0.1 http localhost:" + port);
        assertThat(location(from("127.0.0.1", "/", FORGED)))
                .isEqualTo("http://localhost:" + port + "/oauth2/authorization/keycloak");
        assertThat(location(from("127.0.0.1", "/oauth2/authorization/keycloak", FORGED)))
                .contains("redirect_uri=http://localhost:" + port + "/login/oauth2/code/keycloak&")
                .doesNotContain("evil.example");
    }

    @Test
    void theConfiguredProxyIsBelieved() throws IOException {
        assertThat(body(from("127.0.0.2", "/__request", FORGED))).isEqualTo("203.0.113.9 https evil.example:443");
        assertThat(location(from("127.0.0.2", "/oauth2/authorization/keycloak", FORGED)))
                .contains("redirect_uri=https://evil.example/login/oauth2/code/keycloak&");
    }

    @Test
    void outOfTheBoxOnlyLoopbackIsAProxy() throws IOException {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties settings = yaml.getObject();
        assertThat(settings.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        assertThat(settings.getProperty("server.tomcat.remoteip.internal-proxies"))
                .isEqualTo("${LINGONG_TRUSTED_PROXIES:127.0.0.0/8,::1/128}");
    }

    /** A raw HTTP/1.1 request from a chosen loopback address (every 127.x address reaches this host). */
    private String from(String address, String path, String headers) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n" + headers
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try (InputStream in = socket.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private static String location(String response) {
        return response.lines().filter(line -> line.regionMatches(true, 0, "Location: ", 0, 10)).findFirst()
                .map(line -> line.substring(10).strip())
                .orElseThrow(() -> new AssertionError("no Location in " + response));
    }

    private static String body(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4).strip();
    }

    /** What the app makes of a request once Tomcat has read it: client address, scheme, host and port. */
    @TestConfiguration
    static class RequestEcho {

        @Bean
        FilterRegistrationBean<Filter> requestEcho() {
            Filter echo = (request, response, chain) -> {
                byte[] seen = (request.getRemoteAddr() + " " + request.getScheme() + " " + request.getServerName()
                        + ":" + request.getServerPort()).getBytes(StandardCharsets.UTF_8);
                response.setContentLength(seen.length);
                response.getOutputStream().write(seen);
            };
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(echo);
            registration.addUrlPatterns("/__request");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }
}
