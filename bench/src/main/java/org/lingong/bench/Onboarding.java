package org.lingong.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.lingong.devstack.DemoTenants;
import org.lingong.devstack.DevStack;
import org.lingong.devstack.Platform;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Onboards benchmark cities through the gateway, exactly as an operator would, and times each one end to end. */
final class Onboarding {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String token;

    Onboarding(DevStack stack) {
        this.token = "Bearer " + DemoTenants.passwordGrantToken(stack, "platform-admin", "demo");
    }

    /** A request like the demo's Suqian, under another code, with its own first admin and rate limit. */
    static ObjectNode request(String code, int rateLimitPerSecond) {
        ObjectNode request = (ObjectNode) DemoTenants.requests().getFirst().deepCopy();
        request.put("code", code).put("nameZh", "基准" + code).put("nameEn", "Bench " + code)
                .put("rateLimitPerSecond", rateLimitPerSecond);
        ((ObjectNode) request.get("admin")).put("username", code + "-admin").put("email", code + "@bench.lingong.invalid");
        return request;
    }

    /** POST, then poll until the city is active; returns the wall time from request to active. */
    Duration onboard(ObjectNode request) {
        long started = System.nanoTime();
        String code = request.get("code").asString();
        send(HttpRequest.newBuilder(URI.create(Platform.gatewayUrl() + "/api/v1/platform/onboardings"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request.toString())));
        while (true) {
            JsonNode progress = send(HttpRequest.newBuilder(
                    URI.create(Platform.gatewayUrl() + "/api/v1/platform/onboardings/" + code)).GET());
            switch (progress.get("status").asString()) {
                case "SUCCEEDED" -> {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
                case "FAILED" -> throw new IllegalStateException("onboarding failed: " + progress);
                default -> pause();
            }
        }
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.header("Authorization", token)
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
