package org.lingong.gateway;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lingong.devstack.junit.RealServers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A service that takes the request and closes the connection without answering — as a service's Tomcat does with a
 * keep-alive connection it drops just as the gateway reuses it: the caller gets a 503 problem, never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealServers
class UpstreamClosesTests {

    static final FakeService TENANT_CORE = FakeService.start("tenant-core");
    static final ServerSocket SEARCH = hangUpOnEveryRequest();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("LINGONG_TENANT_CORE_URL", TENANT_CORE::url);
        registry.add("LINGONG_SEARCH_URL", () -> "http://127.0.0.1:" + SEARCH.getLocalPort());
        registry.add("lingong.gateway.tenants.poll-interval", () -> "200ms");
    }

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    @AfterAll
    static void stop() throws IOException {
        SEARCH.close();
        TENANT_CORE.close();
    }

    @Test
    void aServiceClosingBeforeItAnswersIsA503Problem() {
        TENANT_CORE.register("suqian", "32", "ACTIVE", 100);
        WebTestClient management = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort).build();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                management.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk());
        WebTestClient client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
        GatewayIntegrationTest.expectProblem(client.get().uri("/t/suqian/api/v1/search/jobs?q=木工").exchange(),
                HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable");
    }

    /** Reads each request's head, then hangs up without a byte of answer. */
    private static ServerSocket hangUpOnEveryRequest() {
        try {
            ServerSocket server = new ServerSocket(0);
            Thread.ofVirtual().name("hang-up").start(() -> {
                while (!server.isClosed()) {
                    try (Socket connection = server.accept()) {
                        InputStream request = connection.getInputStream();
                        int last = 0;
                        for (int read = request.read(); read >= 0; read = request.read()) {
                            last = (last << 8 | read) & 0xFFFFFFFF;
                            if (last == 0x0D0A0D0A) {
                                break;
                            }
                        }
                    } catch (IOException closed) {
                        // The test ended, or the gateway gave up: the next connection, if any.
                    }
                }
            });
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
