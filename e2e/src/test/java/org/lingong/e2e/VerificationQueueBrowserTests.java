package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * 实名核验 in a real browser, as the station staff of a copy of 宿迁 of its own (the queue is the whole city's): two
 * workers whose real-name check went unanswered — the development check does that for names starting with 核验超时 —
 * wait at the desk, beside one who gave a number another profile holds. Staff verify one once they have ticked that they saw the card, and refuse the other: first without
 * a note, which the API sends back to the field, then with one. The workers' own profiles then say what was decided.
 */
@ExtendWith(RunningPlatform.class)
class VerificationQueueBrowserTests {

    private static final String QUEUE = "verification-queue";

    private final ThreadLocalRandom random = ThreadLocalRandom.current();
    /** This test's mark on its workers' skills: the grid shows names masked, so the skill tells the rows apart. */
    private final String stamp = String.valueOf(1000 + random.nextInt(9000));
    private final String city = Cities.copyOf("suqian");

    /** A worker with a skill that only this worker has. */
    private record Worker(String token, String idNumber, String skill) {
    }

    @Test
    void stationStaffVerifyOneWorkerWithTheCardAndRefuseAnotherWithANote() throws Exception {
        String note = "界面测试" + stamp + "：身份证照片与本人不符";
        try (KeycloakAccounts accounts = new KeycloakAccounts()) {
            Worker holder = worker(accounts, "核验超时王小明", ResidentIds.random(), "核验通过" + stamp, "PENDING");
            Worker stranger = worker(accounts, "核验超时李大壮", ResidentIds.random(), "不予核验" + stamp, "PENDING");
            // A number another profile of the city holds waits for its card's holder; this one stays in the queue.
            String taken = worker(accounts, "赵一鸣", ResidentIds.random(), "先登记" + stamp, "VERIFIED").idNumber();
            Worker claimant = worker(accounts, "赵一鸣", taken, "后登记" + stamp, "PENDING");

            try (Console console = Console.signIn(city + "-staff")) {
                assertThat(console.text()).contains("实名核验");
                console.open("/city/verification", "待核验原因");
                console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(QUEUE), holder.skill()));
                console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(QUEUE), stranger.skill()));
                console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(QUEUE), claimant.skill()));
                assertThat(console.gridRow(QUEUE, claimant.skill())).contains("赵**",
                        "身份证号已被其他档案登记，请持证本人核验");
                assertThat(console.gridRow(QUEUE, holder.skill()))
                        .contains("核******", masked(holder.idNumber()), "139****", "核验服务未响应")
                        .doesNotContain("王小明", holder.idNumber());

                // Nothing is verified before staff state that they saw the card.
                console.pick(QUEUE, holder.skill());
                console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verification-worker"),
                        holder.skill()));
                assertThat(console.byId("verify-worker").getDomAttribute("disabled")).isNotNull();
                console.click("verification-card-seen");
                console.wait.until(driver -> console.byId("verify-worker").getDomAttribute("disabled") == null);
                console.screenshot("city-verification");
                console.click("verify-worker");
                console.waitForText("已核验通过：核******（" + masked(holder.idNumber()) + "）");
                console.wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                        By.id(QUEUE), holder.skill())));

                // A refusal needs a note the worker will read: the API says so at the field.
                console.pick(QUEUE, stranger.skill());
                console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verification-worker"),
                        stranger.skill()));
                console.click("reject-worker");
                assertThat(console.errorMessage("verification-note")).isEqualTo("请填写原因");
                console.screenshot("city-verification-note-required");
                console.type("verification-note", note);
                console.click("reject-worker");
                console.waitForText("已不予核验：核******（" + masked(stranger.idNumber()) + "）");
                console.wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                        By.id(QUEUE), stranger.skill())));
            }

            JsonNode verified = ok(send("GET", "/workers/me", holder.token(), null), 200);
            assertThat(verified.get("status").asString()).isEqualTo("VERIFIED");
            assertThat(verified.get("verificationMethod").asString()).isEqualTo("IN_PERSON");
            assertThat(verified.get("verifiedAt").isNull()).isFalse();
            JsonNode refused = ok(send("GET", "/workers/me", stranger.token(), null), 200);
            assertThat(refused.get("status").asString()).isEqualTo("REJECTED");
            assertThat(refused.get("statusReason").asString()).isEqualTo("REFUSED_AT_DESK");
            assertThat(refused.get("statusNote").asString()).isEqualTo(note);
        }
    }

    /** A worker of the city who saved a profile, which the real-name check left in {@code status}. */
    private Worker worker(KeycloakAccounts accounts, String name, String idNumber, String skill, String status) {
        String token = accounts.create(city, "worker");
        JsonNode profile = ok(send("PUT", "/workers/me", token, """
                {"realName": "%s", "idNumber": "%s", "phone": "139%08d", "skills": ["%s"]}"""
                .formatted(name, idNumber, random.nextInt(100_000_000), skill)), 200);
        assertThat(profile.get("status").asString()).isEqualTo(status);
        return new Worker(token, idNumber, skill);
    }

    /** As the API masks an ID number: the first and the last character. */
    private static String masked(String idNumber) {
        return idNumber.charAt(0) + "*".repeat(16) + idNumber.charAt(17);
    }

    private Http.Response send(String method, String path, String token, String body) {
        return Http.send(method, Platform.gatewayUrl() + "/t/" + city + "/api/v1" + path, token, Map.of(), body);
    }

    private static JsonNode ok(Http.Response response, int status) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        return response.body();
    }
}
