package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.Platform;
import tools.jackson.databind.JsonNode;

/**
 * The order's clock on the real scheduler, through the gateway, in a copy of 宿迁 of this class's own: the city's
 * administrator shortens the confirmation limit to one minute, a worker grabs the only slot, nobody confirms, and
 * within a minute and a few seconds the grab is released by the system, the slot is open again and the worker's inbox
 * says so. And the limits are set on the console's page (订单时限), by the city's administrator only.
 */
@ExtendWith(RunningPlatform.class)
class OrderClockTests {

    private static String city;
    private static String admin;

    private final ThreadLocalRandom random = ThreadLocalRandom.current();

    @BeforeAll
    static void ownCity() {
        city = Cities.copyOf("suqian");
        admin = RunningPlatform.token(city + "-admin");
    }

    @Test
    void anUnconfirmedGrabIsReleasedByTheSchedulerAndTheWorkerIsTold() {
        try (KeycloakAccounts accounts = new KeycloakAccounts()) {
            ok(send("PUT", "/order-clock", admin, """
                    {"confirmWithinMinutes": 1, "noShowAfterMinutes": 30, "completeAfterHours": 12,
                     "paymentWithinDays": 7, "checkInRadiusMetres": 500}"""), 200);
            String worker = accounts.create(city, "worker");
            ok(send("PUT", "/workers/me", worker, """
                    {"realName": "陈志强", "idNumber": "%s", "phone": "139%08d", "skills": ["搬运"]}"""
                    .formatted(ResidentIds.random(), random.nextInt(100_000_000))), 200);
            Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
            String title = "时钟测试搬运工" + random.nextInt(1000, 10_000);
            String jobId = ok(send("POST", "/jobs", admin, """
                    {"title": "%s", "category": "logistics", "description": "订单时钟测试岗位", "slots": 1,
                     "address": "宿迁市宿城区", "startsAt": "%s", "endsAt": "%s", "term": "SHORT",
                     "contactPolicy": "PLATFORM_ONLY", "wage": {"amountFen": 2500, "unit": "HOUR"},
                     "location": {"latitude": 33.9631, "longitude": 118.2752},
                     "source": {"channel": "GOVERNMENT", "name": "宿迁市人力资源和社会保障局"}}"""
                    .formatted(title, start, start.plus(2, ChronoUnit.HOURS))), 201).get("id").asString();
            JsonNode grabbed = ok(send("POST", "/jobs/" + jobId + "/grab", worker, null), 201);
            String orderId = grabbed.get("id").asString();
            assertThat(ok(send("GET", "/jobs/" + jobId, null, null), 200).get("status").asString())
                    .isEqualTo("FILLED");

            // One minute after the grab, plus the scheduler's interval and a margin for a loaded machine.
            await().atMost(Duration.ofSeconds(100)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    ok(send("GET", "/orders/" + orderId, worker, null), 200).at("/order/status").asString()
                            .equals("CANCELLED"));
            JsonNode order = ok(send("GET", "/orders/" + orderId, worker, null), 200);
            Instant released = Instant.parse(order.at("/order/updatedAt").asString());
            assertThat(released).isAfterOrEqualTo(Instant.parse(grabbed.get("createdAt").asString()).plusSeconds(60));
            JsonNode step = order.get("history").get(order.get("history").size() - 1);
            assertThat(step.get("actorRole").asString()).isEqualTo("SYSTEM");
            assertThat(step.get("reasonCode").asString()).isEqualTo("NOT_CONFIRMED_IN_TIME");
            assertThat(ok(send("GET", "/jobs/" + jobId, null, null), 200).get("status").asString()).isEqualTo("OPEN");

            // The notice is written just after the step commits.
            JsonNode told = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() ->
                    ok(send("GET", "/workers/me/notifications", worker, null), 200).get("items").valueStream()
                            .filter(n -> orderId.equals(n.path("orderId").asString(null))).findFirst()
                            .orElse(null), notice -> notice != null);
            assertThat(told.get("title").asString()).isEqualTo("抢单未获确认，已释放：" + title);
        }
    }

    @Test
    void theCityAdministratorSetsTheLimitsInTheConsoleAndBadValuesAreShownOnTheField() throws Exception {
        try (Console console = Console.signIn(city + "-admin")) {
            console.open("/city/order-clock", "订单时限");
            console.type("order-clock-checkInRadiusMetres", "10");
            console.click("save-order-clock");
            assertThat(console.errorMessage("order-clock-checkInRadiusMetres")).isNotBlank();
            assertThat(ok(send("GET", "/order-clock", admin, null), 200).get("checkInRadiusMetres").asInt())
                    .isNotEqualTo(10);

            console.type("order-clock-checkInRadiusMetres", "800");
            console.click("save-order-clock");
            console.waitForText("订单时限已保存");
            console.screenshot("city-order-clock");
        }
        assertThat(ok(send("GET", "/order-clock", admin, null), 200).get("checkInRadiusMetres").asInt())
                .isEqualTo(800);
        try (Console console = Console.signIn(city + "-staff")) {
            console.open("/city/order-clock", "只有城市管理员可以修改订单时限。");
            assertThat(console.byId("order-clock-checkInRadiusMetres").getDomAttribute("readonly")).isNotNull();
        }
    }

    private Http.Response send(String method, String path, String token, String body) {
        return Http.send(method, Platform.gatewayUrl() + "/t/" + city + "/api/v1" + path, token,
                Map.of("Accept-Language", "zh-CN"), body);
    }

    private static JsonNode ok(Http.Response response, int status) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        return response.body();
    }
}
