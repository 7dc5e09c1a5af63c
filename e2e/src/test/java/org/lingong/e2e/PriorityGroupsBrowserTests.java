package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 重点群体认定 through the gateway, in a copy of 宿迁 of its own: a job reserved for people with employment difficulty
 * (公益性岗位) refuses a worker who only ticked the group; station staff find the worker by the ID card on 重点群体认定,
 * certify the group against the registration card, the worker's grab goes through and their profile page shows the
 * certificate; revoked (a reason is required),
 * the next reserved job refuses the worker again.
 */
@ExtendWith(RunningPlatform.class)
class PriorityGroupsBrowserTests {

    private final ThreadLocalRandom random = ThreadLocalRandom.current();
    private final String stamp = String.valueOf(1000 + random.nextInt(9000));
    private final String city = Cities.copyOf("suqian");
    private final Places.Spot place = Places.own();

    @Test
    void staffCertifyAGroupAtTheDeskAndOnlyThenTheWorkerTakesAReservedJob() throws Exception {
        try (KeycloakAccounts accounts = new KeycloakAccounts()) {
            KeycloakAccounts.Account employer = TestEmployers.verified(accounts, city, "宿迁市社区服务中心" + stamp,
                    "13512345678");
            KeycloakAccounts.Account worker = accounts.account(null, "worker");
            String idNumber = ResidentIds.random();
            Http.Response profile = send("PUT", "/workers/me", worker.token(), """
                    {"realName": "周建国", "idNumber": "%s", "phone": "139%08d", "skills": ["保洁"],
                     "priorityGroups": ["DIFFICULTY"]}""".formatted(idNumber, random.nextInt(100_000_000)));
            assertThat(profile.body().get("status").asString()).isEqualTo("VERIFIED");
            String first = reservedJob(employer, "社区保洁公益岗 " + stamp, 1);
            String second = reservedJob(employer, "社区绿化公益岗 " + stamp, 3);

            // Ticking the group is not enough.
            Http.Response refused = send("POST", "/jobs/" + first + "/grab", worker.token(), null);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.body().get("title").asString()).isEqualTo("该岗位仅限经认定的重点群体抢单");

            try (Console console = Console.signIn(city + "-staff")) {
                console.open("/city/priority-groups", "重点群体认定");
                console.type("pg-id-number", idNumber);
                console.click("pg-look-up");
                console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pg-worker"),
                        "本人勾选：就业困难人员"));
                assertThat(console.textOf("pg-worker-name")).startsWith("周").doesNotContain("建国");
                console.choose("pg-group", "就业困难人员");
                console.choose("pg-evidence", "就业失业登记证");
                console.click("pg-certify");
                console.waitForText("已认定：就业困难人员");
                console.wait.until(ExpectedConditions.attributeToBe(
                        By.cssSelector(".pg-certificate[data-group='DIFFICULTY']"), "data-status", "STANDING"));
                console.screenshot("city-priority-group-certified");

                assertThat(send("POST", "/jobs/" + first + "/grab", worker.token(), null).status()).isEqualTo(201);
                // The worker's own profile says what counts.
                try (Console phone = WorkerPage.phone()) {
                    phone.browser.get(Platform.adminUiUrl() + "/worker/" + city + "/me");
                    phone.fillInKeycloak(worker.username(), KeycloakAccounts.password());
                    phone.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("certified-groups"),
                            "经服务站认定：就业困难人员（至 "));
                    phone.screenshot("worker-certified-groups");
                }

                // Revoking needs a reason, which the API asks for at the field.
                console.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()",
                        console.browser.findElement(By.cssSelector(".pg-certificate[data-group='DIFFICULTY'] .pg-revoke")));
                console.click("pg-revoke-send");
                assertThat(console.errorMessage("pg-revoke-reason")).isEqualTo("撤销须说明理由");
                console.type("pg-revoke-reason", "已就业，不再符合就业困难人员条件");
                console.click("pg-revoke-send");
                console.waitForText("已撤销认定：就业困难人员");
                console.wait.until(ExpectedConditions.attributeToBe(
                        By.cssSelector(".pg-certificate[data-group='DIFFICULTY']"), "data-status", "REVOKED"));
                console.screenshot("city-priority-group-revoked");
            }
            assertThat(send("POST", "/jobs/" + second + "/grab", worker.token(), null).status()).isEqualTo(403);
        }
    }

    /** A job reserved for people with employment difficulty, {@code daysAhead} days from now; its id. */
    private String reservedJob(KeycloakAccounts.Account employer, String title, int daysAhead) {
        Http.Response posted = send("POST", "/jobs", employer.token(),
                TestJobs.posting(title, "社区公共区域保洁", daysAhead, place, "[\"DIFFICULTY\"]"));
        assertThat(posted.status()).as(posted.raw().body()).isEqualTo(201);
        return posted.body().get("id").asString();
    }

    private Http.Response send(String method, String path, String token, String body) {
        return Http.send(method, TestEmployers.api(city, path), token, Map.of(), body);
    }
}
