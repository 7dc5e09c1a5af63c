package org.lingong.core.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** 抢单: never more orders than slots under concurrency, and each refusal a clear problem. */
class GrabTests extends OrderWorldTests {


    @Autowired
    JdbcClient jdbc;

    private static Instant tomorrow() {
        return Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    }

    @Autowired
    OrderClock orderClock;

    /** Each person grabs the job at the same instant; the answers in the people's order. */
    private static List<Api.Response> storm(List<OrderWorld.Person> people, String jobId) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Api.Response> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(people.size())) {
            List<Future<Api.Response>> futures = people.stream().map(person -> pool.submit(() -> {
                start.await();
                return world.grab(person, jobId);
            })).toList();
            start.countDown();
            for (Future<Api.Response> future : futures) {
                answers.add(future.get());
            }
        }
        return answers;
    }

    @Test
    void fiftyWorkersGrabbingFiveSlotsAtOnceGetExactlyFiveOrdersAndTheSlotsAgainOnceTheGrabsLapse()
            throws Exception {
        int workers = 50;
        List<OrderWorld.Person> people = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            people.add(world.worker());
        }
        String jobId = world.job(null, 5, tomorrow()).get("id").asString();

        List<Api.Response> answers = storm(people, jobId);

        assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(5);
        List<Api.Response> refused = answers.stream().filter(a -> a.status() != 201).toList();
        assertThat(refused).hasSize(45).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(409);
            assertThat(a.body().get("type").asString()).endsWith("/job-full");
        });
        String schema = "t_" + world.city;
        Map<String, Object> job = jdbc.sql("select filled, status from " + schema + ".job where id = ?::uuid")
                .param(jobId).query().singleRow();
        assertThat(job).containsEntry("filled", 5).containsEntry("status", "FILLED");
        assertThat(jdbc.sql("select count(*) from " + schema + ".job_order where job_id = ?::uuid and status = 'GRABBED'")
                .param(jobId).query(Integer.class).single()).isEqualTo(5);
        List<String> events = jdbc.sql("select type || ':' || (payload::jsonb ->> 'status') from " + schema
                + ".outbox_event where aggregate_id = ?::uuid order by id").param(jobId).query(String.class).list();
        assertThat(events).containsExactly("JobPosted:OPEN", "JobStatusChanged:FILLED");
        assertThat(world.api.get("/api/v1/jobs/" + jobId, null, world.in()).body().get("status").asString())
                .isEqualTo("FILLED");

        // Nobody confirms: the five grabs lapse, and the forty-five who were too late storm again for their slots.
        List<OrderWorld.Person> late = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            if (answers.get(i).status() != 201) {
                late.add(people.get(i));
            }
        }
        world.stepClock(orderClock, Instant.now().plus(16, ChronoUnit.MINUTES));
        List<Api.Response> again = storm(late, jobId);
        assertThat(again.stream().filter(a -> a.status() == 201)).hasSize(5);
        assertThat(again.stream().filter(a -> a.status() != 201)).hasSize(40)
                .allSatisfy(a -> a.expectProblem(409, "job-full"));
        assertThat(jdbc.sql("select count(*) from " + schema + ".job_order where job_id = ?::uuid and status = 'GRABBED'")
                .param(jobId).query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void aFullJobIsRefusedInChineseAndEnglish() {
        String jobId = world.job(null, 1, tomorrow()).get("id").asString();
        assertThat(world.grab(world.worker(), jobId).status()).isEqualTo(201);
        OrderWorld.Person late = world.worker();

        Api.Response zh = world.api.call("POST", "/api/v1/jobs/" + jobId + "/grab", late.token(), world.in("zh-CN"), null);
        assertThat(zh.status()).isEqualTo(409);
        assertThat(zh.body().get("title").asString()).isEqualTo("手慢了，岗位名额已满");
        Api.Response en = world.api.call("POST", "/api/v1/jobs/" + jobId + "/grab", late.token(), world.in("en"), null);
        assertThat(en.body().get("title").asString()).isEqualTo("Too late: all slots of this job are taken");
    }

    @Test
    void aWorkerCannotHoldTwoOverlappingOrdersButCanTakeTheNextDay() {
        OrderWorld.Person worker = world.worker();
        Instant start = tomorrow();
        String first = world.job(null, 3, start).get("id").asString();
        String overlapping = world.job(null, 3, start.plus(1, ChronoUnit.HOURS)).get("id").asString();
        String nextDay = world.job(null, 3, start.plus(1, ChronoUnit.DAYS)).get("id").asString();

        assertThat(world.grab(worker, first).status()).isEqualTo(201);
        Api.Response again = world.grab(worker, first);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("type").asString()).endsWith("/order-overlap");
        Api.Response clash = world.grab(worker, overlapping);
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.body().get("type").asString()).endsWith("/order-overlap");
        assertThat(world.grab(worker, nextDay).status()).isEqualTo(201);
        assertThat(jdbc.sql("select filled from t_" + world.city + ".job where id = ?::uuid").param(overlapping)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void oneWorkerGrabbingOverlappingJobsConcurrentlyGetsOneOrder() throws Exception {
        OrderWorld.Person worker = world.worker();
        Instant start = tomorrow().plus(3, ChronoUnit.DAYS);
        List<String> jobs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            jobs.add(world.job(null, 2, start.plus(i * 10L, ChronoUnit.MINUTES)).get("id").asString());
        }
        CountDownLatch go = new CountDownLatch(1);
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(jobs.size())) {
            List<Future<Api.Response>> futures = jobs.stream().map(job -> pool.submit(() -> {
                go.await();
                return world.grab(worker, job);
            })).toList();
            go.countDown();
            for (Future<Api.Response> future : futures) {
                statuses.add(future.get().status());
            }
        }
        assertThat(statuses).containsOnlyOnce(201).filteredOn(s -> s != 201).containsOnly(409);
    }

    @Test
    void unverifiedWorkersExpiredAndClosedJobsAreRefused() {
        String jobId = world.job(null, 3, tomorrow()).get("id").asString();
        Api.Response unverified = world.grab(world.unverifiedWorker(), jobId);
        assertThat(unverified.status()).isEqualTo(403);
        assertThat(unverified.body().get("type").asString()).endsWith("/worker-unverified");

        jdbc.sql("update t_" + world.city + ".job set valid_until = now() - interval '1 minute' where id = ?::uuid")
                .param(jobId).update();
        Api.Response expired = world.grab(world.worker(), jobId);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.body().get("type").asString()).endsWith("/job-expired");

        String closed = world.job(null, 3, tomorrow()).get("id").asString();
        world.api.call("POST", "/api/v1/jobs/" + closed + "/close", world.admin, world.in(), null);
        Api.Response notOpen = world.grab(world.worker(), closed);
        assertThat(notOpen.status()).isEqualTo(409);
        assertThat(notOpen.body().get("type").asString()).endsWith("/job-not-open");

        Api.Response staffCannot = world.api.call("POST", "/api/v1/jobs/" + jobId + "/grab", world.admin, world.in(), null);
        assertThat(staffCannot.status()).isEqualTo(403);
    }

    @Test
    void aBlockedWorkerCannotGrabTheEmployersJobsUntilUnblocked() {
        OrderWorld.Person employer = world.employer();
        OrderWorld.Person worker = world.worker();
        String jobId = world.job(employer, 3, tomorrow()).get("id").asString();
        String blockPath = "/api/v1/employers/me/blocked-workers/" + worker.id();

        assertThat(world.api.call("POST", blockPath, employer.token(), world.in(), null).status()).isEqualTo(204);
        Api.Response blocked = world.grab(worker, jobId);
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.body().get("type").asString()).endsWith("/blocked-by-employer");
        assertThat(world.grab(world.worker(), jobId).status()).as("others still can").isEqualTo(201);

        assertThat(world.api.call("DELETE", blockPath, employer.token(), world.in(), null).status()).isEqualTo(204);
        Api.Response taken = world.grab(worker, jobId);
        assertThat(taken.status()).as(taken.raw().body()).isEqualTo(201);
        JsonNode order = taken.body();
        assertThat(order.get("employerId").asString()).isEqualTo(employer.id());
        assertThat(order.get("status").asString()).isEqualTo("GRABBED");
    }

    @Test
    void anAccountCannotGrabAJobItsOwnEmployerProfilePosted() {
        List<OrderWorld.Person> both = world.workerWhoIsAlsoAnEmployer();
        String jobId = world.job(both.get(0), 2, tomorrow().plus(9, ChronoUnit.DAYS)).get("id").asString();
        Api.Response own = world.grab(both.get(1), jobId);
        assertThat(own.status()).isEqualTo(409);
        assertThat(own.body().get("type").asString()).endsWith("/own-job");
        assertThat(world.grab(world.worker(), jobId).status()).isEqualTo(201);
    }
}
