package org.lingong.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Opens throwaway cities through the real onboarding API; codes are unique, so runs never collide. */
public final class TestTenants {

    private TestTenants() {
    }

    public static String uniqueCode() {
        return "it" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    public static ObjectNode request(String code) {
        return request(code, "32", "321300");
    }

    public static ObjectNode request(String code, String province, String division) {
        ObjectNode request = Api.JSON.createObjectNode();
        request.put("code", code).put("nameZh", "测试市").put("nameEn", "Test City")
                .put("provinceCode", province).put("divisionCode", division);
        request.putObject("center").put("latitude", 33.9631).put("longitude", 118.2752);
        request.putObject("branding").put("brandName", "测试零工");
        request.putObject("admin").put("username", code + "-admin").put("email", code + "@test.lingong.invalid")
                .put("firstName", "测试").put("lastName", "管理员").put("password", "test-pass-1")
                .put("temporaryPassword", false);
        return request;
    }

    public static JsonNode awaitFinished(Api api, String code) {
        String admin = Api.userToken("platform-admin", "demo");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode progress = api.get("/api/v1/platform/onboardings/" + code, admin, Map.of()).body();
            if (!progress.get("status").asString().equals("RUNNING")) {
                return progress;
            }
            sleep();
        }
        throw new AssertionError("onboarding of " + code + " did not finish");
    }

    /** Onboards a city and returns the token of its first administrator. */
    public static String onboard(Api api, String code, String province, String division) {
        JsonNode progress = null;
        // Other test runs share the database: one starting up marks runs in progress as interrupted, and the same
        // request resumes them — as an operator would after a restart.
        for (int attempt = 0; attempt < 3; attempt++) {
            api.call("POST", "/api/v1/platform/onboardings", Api.userToken("platform-admin", "demo"), Map.of(),
                    request(code, province, division));
            progress = awaitFinished(api, code);
            if (progress.get("status").asString().equals("SUCCEEDED")) {
                return Api.userToken(code + "-admin", "test-pass-1");
            }
        }
        throw new AssertionError("onboarding failed: " + progress);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
