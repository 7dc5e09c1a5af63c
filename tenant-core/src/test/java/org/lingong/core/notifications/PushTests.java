package org.lingong.core.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.Api;
import org.lingong.core.TenantCoreTests;
import org.lingong.core.TestTenants;
import org.lingong.core.people.KeycloakTestUsers;
import org.lingong.core.people.checks.ResidentIdNumber;
import org.lingong.core.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Helpers for the push tests: throwaway cities and workers with real Keycloak accounts, profiles, positions and
 * settings set through the public API; jobs posted by the city's administrator near Suqian's centre.
 */
abstract class PushTests extends TenantCoreTests {

    /** Where the test jobs are (JobsTests.posting()). */
    static final double JOB_LATITUDE = 33.9631;
    static final double JOB_LONGITUDE = 118.2752;
    /** Metres per degree of latitude on the sphere the fan-out measures on. */
    static final double METRES_PER_DEGREE = 111_195;

    static final KeycloakTestUsers USERS = new KeycloakTestUsers();
    private static final Map<String, String> ADMINS = new ConcurrentHashMap<>();
    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    FanOut fanOut;

    @AfterAll
    static void deleteUsers() {
        USERS.close();
    }

    static Map<String, String> in(String city) {
        return Map.of("X-Lingong-Tenant", city);
    }

    static Map<String, String> in(String city, String language) {
        Map<String, String> headers = new HashMap<>(in(city));
        headers.put("Accept-Language", language);
        return headers;
    }

    String city(String province, String division) {
        String code = TestTenants.uniqueCode();
        ADMINS.put(code, TestTenants.onboard(api(), code, province, division));
        return code;
    }

    /** A worker of the city with a Keycloak account and a verified profile; returns the token. */
    String verifiedWorker(String city, String name, String... categories) {
        return worker(city, name, true, categories);
    }

    String worker(String city, String name, boolean verified, String... categories) {
        String token = Api.userToken(USERS.create(city + "-" + name, "worker", city), KeycloakTestUsers.PASSWORD);
        int sequence = SEQUENCE.incrementAndGet();
        String first17 = "321302" + "19900307" + sequence;
        ObjectNode profile = Api.JSON.createObjectNode().put("realName", "测试工人").put("phone", "13812345" + sequence);
        if (verified) {
            profile.put("idNumber", first17 + ResidentIdNumber.checkCharacter(first17));
        }
        var wanted = profile.putArray("categories");
        for (String category : categories) {
            wanted.add(category);
        }
        Api.Response saved = api().call("PUT", "/api/v1/workers/me", token, in(city), profile);
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        return token;
    }

    /** Puts the worker {@code metresNorth} north of the test jobs' place. */
    void placeNorthOfJobs(String city, String token, int metresNorth) {
        Api.Response placed = api().call("PUT", "/api/v1/workers/me/position", token, in(city),
                Map.of("latitude", JOB_LATITUDE + metresNorth / METRES_PER_DEGREE, "longitude", JOB_LONGITUDE));
        assertThat(placed.status()).as(placed.raw().body()).isEqualTo(200);
    }

    JsonNode postJob(String city, ObjectNode job) {
        Api.Response posted = api().call("POST", "/api/v1/jobs", ADMINS.get(city), in(city), job);
        assertThat(posted.status()).as(posted.raw().body()).isEqualTo(201);
        return posted.body();
    }

    String admin(String city) {
        return ADMINS.get(city);
    }

    /** A day's fruit picking at the test place, tomorrow: 180 元/天, category agriculture. */
    static ObjectNode job() {
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        ObjectNode job = Api.JSON.createObjectNode();
        job.put("title", "葡萄园采摘工").put("category", "agriculture").put("slots", 5)
                .put("startsAt", start.toString()).put("endsAt", start.plus(8, ChronoUnit.HOURS).toString())
                .put("term", "SHORT").put("contactPolicy", "PLATFORM_ONLY");
        job.putObject("wage").put("amountFen", 18_000).put("unit", "DAY");
        job.putObject("location").put("latitude", JOB_LATITUDE).put("longitude", JOB_LONGITUDE);
        job.putObject("source").put("channel", "GOVERNMENT").put("name", "宿迁市人社局");
        return job;
    }

    JsonNode inbox(String city, String token) {
        Api.Response inbox = api().get("/api/v1/workers/me/notifications", token, in(city));
        assertThat(inbox.status()).as(inbox.raw().body()).isEqualTo(200);
        return inbox.body();
    }

    /** Notifications of the job in the city, straight from its table. */
    int stored(String city, String jobId) {
        return jdbc.sql("select count(*) from t_" + city + ".notification where job_id = ?::uuid").param(jobId)
                .query(Integer.class).single();
    }

    /** Runs the fan-out of the city to the end of its outbox, here and now. */
    void runFanOut(String city) {
        TenantContext.run(new TenantCode(city), fanOut::catchUp);
    }

    /** Waits until the fan-out has read the city's whole outbox (it runs in the background after each commit). */
    void awaitFanOut(String city) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            boolean caughtUp = jdbc.sql("select c.last_outbox_id >= coalesce(max(o.id), 0) from t_" + city
                            + ".notification_cursor c, t_" + city + ".outbox_event o group by c.last_outbox_id")
                    .query(Boolean.class).single();
            if (caughtUp) {
                return;
            }
            pause();
        }
        throw new AssertionError("the fan-out of " + city + " did not catch up");
    }

    static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
