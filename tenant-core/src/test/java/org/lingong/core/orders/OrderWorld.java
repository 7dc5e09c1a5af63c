package org.lingong.core.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.tenancy.TenantContext;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.lingong.core.Api;
import org.lingong.core.TestTenants;
import org.lingong.core.jobs.JobsTests;
import org.lingong.core.people.KeycloakTestUsers;
import org.lingong.core.people.TestEmployers;
import org.lingong.core.people.checks.CreditCode;
import org.lingong.core.people.checks.ResidentIdNumber;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A throwaway city with real Keycloak accounts for workers, employers and staff, set up through the public API:
 * verified worker profiles, verified employers, jobs. Public for the features built on orders (settlement, insurance).
 */
public final class OrderWorld implements AutoCloseable {

    public record Person(String token, String id) {
    }

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public final Api api;
    public final String city;
    public final String admin;
    private final KeycloakTestUsers users = new KeycloakTestUsers();

    public OrderWorld(Api api) {
        this.api = api;
        this.city = TestTenants.uniqueCode();
        this.admin = TestTenants.onboard(api, city, "32", "321300");
    }

    public Map<String, String> in() {
        return Map.of("X-Lingong-Tenant", city);
    }

    public Map<String, String> in(String language) {
        return Map.of("X-Lingong-Tenant", city, "Accept-Language", language);
    }

    /** A worker account with a verified profile in the city. */
    public Person worker() {
        int n = SEQUENCE.incrementAndGet();
        return workerProfile(account("w" + n, "worker"), n);
    }

    private Person workerProfile(String token, int n) {
        String first17 = "321302" + "1990" + String.format("%02d%02d", 1 + n % 12, 1 + n % 28) + String.format("%03d", n % 1000);
        ObjectNode profile = Api.JSON.createObjectNode().put("realName", "张三丰").put("homeRegionCode", "321302")
                .put("idNumber", first17 + ResidentIdNumber.checkCharacter(first17))
                .put("phone", "139" + String.format("%08d", n));
        profile.putArray("skills").add("采摘");
        profile.putArray("categories").add("agriculture");
        profile.putArray("priorityGroups");
        Api.Response saved = api.call("PUT", "/api/v1/workers/me", token, in(), profile);
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        assertThat(saved.body().get("status").asString()).isEqualTo("VERIFIED");
        return new Person(token, saved.body().get("id").asString());
    }

    /** A worker account whose profile lacks the ID number, so it stays unverified. */
    Person unverifiedWorker() {
        int n = SEQUENCE.incrementAndGet();
        String token = account("u" + n, "worker");
        ObjectNode profile = Api.JSON.createObjectNode().put("realName", "李四").put("phone", "137" + String.format("%08d", n));
        profile.putArray("skills");
        profile.putArray("categories");
        profile.putArray("priorityGroups");
        Api.Response saved = api.call("PUT", "/api/v1/workers/me", token, in(), profile);
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        return new Person(token, saved.body().get("id").asString());
    }

    /** An employer account verified by the city. */
    public Person employer() {
        int n = SEQUENCE.incrementAndGet();
        return employerProfile(account("e" + n, "employer"), creditCode(n), "137" + String.format("%08d", n));
    }

    /** An employer account verified by the city with this credit code, reachable at this contact phone. */
    public Person employer(String creditCode, String contactPhone) {
        int n = SEQUENCE.incrementAndGet();
        return employerProfile(account("e" + n, "employer"), creditCode, contactPhone);
    }

    /** One account that is both a verified worker and a verified employer: [employer, worker]. */
    List<Person> workerWhoIsAlsoAnEmployer() {
        int n = SEQUENCE.incrementAndGet();
        String token = Api.userToken(users.create(city + "-we" + n, city, List.of("worker", "employer")),
                KeycloakTestUsers.PASSWORD);
        return List.of(employerProfile(token, creditCode(n), "137" + String.format("%08d", n)),
                workerProfile(token, n));
    }

    private static String creditCode(int n) {
        String first17 = "91321300MA1E" + String.format("%05d", n);
        return first17 + CreditCode.checkCharacter(first17);
    }

    private Person employerProfile(String token, String creditCode, String contactPhone) {
        ObjectNode profile = Api.JSON.createObjectNode().put("legalName", "宿迁市好帮手家政服务有限公司")
                .put("creditCode", creditCode).put("contactName", "王经理")
                .put("contactPhone", contactPhone);
        return new Person(token, TestEmployers.verified(api, token, admin, in(), profile));
    }

    public String staff() {
        return account("s" + SEQUENCE.incrementAndGet(), "station-staff");
    }

    /** Posts a job with this many slots starting then (two hours long); by an employer when given, else by staff. */
    public JsonNode job(Person employer, int slots, Instant start) {
        ObjectNode posting = JobsTests.posting().put("slots", slots).put("startsAt", start.toString())
                .put("endsAt", start.plusSeconds(7200).toString());
        // Open to every worker: a job reserved for priority groups takes certified workers only.
        posting.putArray("priorityGroups");
        if (employer != null) {
            posting.putObject("source").put("channel", "EMPLOYER");
        }
        Api.Response posted = api.call("POST", "/api/v1/jobs", employer == null ? admin : employer.token(), in(), posting);
        assertThat(posted.status()).as(posted.raw().body()).isEqualTo(201);
        return posted.body();
    }

    /** Runs the order's clock in this city as if it were {@code now}, until nothing more is due; returns the steps. */
    public int stepClock(OrderClock clock, Instant now) {
        return TenantContext.call(new TenantCode(city), () -> {
            int stepped = 0;
            int batch;
            do {
                batch = clock.stepDue(now, OrderClockTick.BATCH);
                stepped += batch;
            } while (batch == OrderClockTick.BATCH);
            return stepped;
        });
    }

    /** A check-in body from a few metres off the place every job here is posted at. */
    public static final Map<String, Object> AT_WORK = Map.of("latitude", 33.9632, "longitude", 118.2753);

    public Api.Response grab(Person worker, String jobId) {
        return api.call("POST", "/api/v1/jobs/" + jobId + "/grab", worker.token(), in(), null);
    }

    public Api.Response act(String token, String orderId, String action, Object body) {
        return api.call("POST", "/api/v1/orders/" + orderId + "/" + action, token, in(), body);
    }

    private String account(String suffix, String role) {
        return Api.userToken(users.create(city + "-" + suffix, role, city), KeycloakTestUsers.PASSWORD);
    }

    @Override
    public void close() {
        users.close();
    }
}
