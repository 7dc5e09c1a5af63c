package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.Platform;

/**
 * Rate limits per caller (issue 13, item 2). Before, one bucket per city was shared by every caller and taken before
 * authentication: 400 anonymous requests made the city admin's own requests answer 429. Now each caller has a limit
 * of its own — an authenticated caller by its token's subject, anyone else by client address — under a city ceiling
 * sized for the city's real peak. The attacks run in a city of their own, so their floods touch no other test.
 */
@ExtendWith(RunningPlatform.class)
class RateLimitTests {

    private static final String GATEWAY = Platform.gatewayUrl();
    private static String city;

    @BeforeAll
    static void aCityOfItsOwn() {
        city = Cities.copyOf("suqian");
    }

    /** What a flood got back: each status, and the 429s' Retry-After and problem type. */
    private record Answer(int status, String retryAfter, String body) {
    }

    private static Answer send(HttpClient client, String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void expectRateLimited(Queue<Answer> flood) {
        Answer refused = flood.stream().filter(answer -> answer.status() == 429).findFirst().orElseThrow(() ->
                new AssertionError("the flood was never refused: " + flood.stream().map(Answer::status).distinct()
                        .toList()));
        assertThat(Integer.parseInt(refused.retryAfter())).isBetween(1, 60);
        assertThat(refused.body()).contains("\"type\":\"https://lingong.org.cn/problems/rate-limited\"", "\"titles\"");
    }

    @Test
    void floodsFromOneAddressAndOneWorkerLeaveTheCityWorkingForEveryoneElse() throws Exception {
        try (KeycloakAccounts accounts = new KeycloakAccounts();
             ExecutorService floods = Executors.newFixedThreadPool(4)) {
            String flooder = accounts.create(city, "worker");
            String worker = accounts.create(city, "worker");
            String admin = RunningPlatform.token(city + "-admin");
            String categories = GATEWAY + "/t/" + city + "/api/v1/job-categories";
            // The anonymous flood comes from another address of this machine: a client of its own.
            HttpClient elsewhere = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.7")).build();
            HttpClient here = HttpClient.newHttpClient();

            Queue<Answer> anonymousFlood = new ConcurrentLinkedQueue<>();
            Queue<Answer> workerFlood = new ConcurrentLinkedQueue<>();
            AtomicBoolean flooding = new AtomicBoolean(true);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                running.add(floods.submit(() -> {
                    while (flooding.get()) {
                        anonymousFlood.add(send(elsewhere, categories, null));
                    }
                }));
                running.add(floods.submit(() -> {
                    while (flooding.get()) {
                        workerFlood.add(send(here, categories, flooder));
                    }
                }));
            }
            try {
                await().atMost(Duration.ofSeconds(60)).until(() ->
                        anonymousFlood.stream().anyMatch(answer -> answer.status() == 429)
                                && workerFlood.stream().anyMatch(answer -> answer.status() == 429));
                // While both floods are being refused, the city's admin and another worker carry on.
                List<Integer> others = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                    others.add(send(here, categories, admin).status());
                    others.add(send(here, categories, worker).status());
                    others.add(send(here, GATEWAY + "/t/" + city + "/api/v1/tenant", admin).status());
                }
                assertThat(others).containsOnly(200);
            } finally {
                flooding.set(false);
                for (Future<?> flood : running) {
                    flood.get();
                }
            }
            expectRateLimited(anonymousFlood);
            expectRateLimited(workerFlood);
            assertThat(anonymousFlood.size()).isGreaterThan(400);
        }
    }

    /**
     * A grab storm: when a job opens, a thousand workers each grab once within a second or two. They reach the gateway
     * as a thousand callers — here a thousand client addresses behind the trusted proxy (this machine), each sending
     * one request as fast as the machine can — and the city ceiling must let all of them through.
     */
    @Test
    void aThousandCallersAtOnceAreNotRefusedByTheCityCeiling() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String categories = GATEWAY + "/t/" + city + "/api/v1/job-categories";
        Queue<Integer> statuses = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        try (ExecutorService storm = Executors.newFixedThreadPool(32)) {
            for (int i = 0; i < 1000; i++) {
                String address = "10.13." + (i / 250) + "." + (i % 250 + 1);
                storm.submit(() -> {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(categories))
                            .header("X-Forwarded-For", address).timeout(Duration.ofSeconds(30)).GET().build();
                    try {
                        statuses.add(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
                    } catch (IOException e) {
                        statuses.add(-1);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
        }
        System.out.printf("e2e: a storm of 1000 callers took %.1f s%n", (System.nanoTime() - started) / 1e9);
        assertThat(statuses).hasSize(1000).containsOnly(200);
        assertThat(Http.get(categories, null, Map.of()).status()).isEqualTo(200);
    }
}
