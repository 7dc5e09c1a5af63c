package org.lingong.search.nearby;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.data.Offset;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.lingong.search.Api.Reply;
import org.lingong.search.Geo;
import org.lingong.search.SearchServiceTests;
import org.lingong.search.TestJob;
import org.lingong.search.TestTenants;
import org.lingong.search.jobs.JobDocument;
import org.lingong.search.jobs.JobDocument.JobStatus;
import org.lingong.search.jobs.JobDocument.WageUnit;
import org.lingong.search.jobs.JobsIndex;
import org.lingong.search.tenants.TenantDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * For 200 random queries (centre, radius, categories, wage floor) over 3,000 generated jobs around 宿迁, the API's
 * result set equals a brute-force haversine filter in Java over the same data. Elasticsearch measures arc distance
 * on the same sphere but on coordinates quantised to about a centimetre, so each query's radius is moved until no
 * job lies within a metre of the circle: then there is nothing to round either way and no mismatch is tolerated.
 */
class NearbyCorrectnessTests extends SearchServiceTests {

    static final double LAT = 33.9631;
    static final double LON = 118.2752;
    static final List<String> CATEGORIES = List.of("porter", "cleaner", "security", "delivery", "cook", "farm",
            "builder", "carer");

    @Autowired
    ElasticsearchClient client;

    @Autowired
    JobsIndex jobsIndex;

    @Autowired
    TenantDirectory directory;

    @Test
    void everyQueryReturnsExactlyTheListedJobsABruteForceFilterFinds() {
        Random random = new Random(20261123);
        String tenant = TestTenants.newCode("bf");
        TestTenants.register(directory, tenant, "32", false, Map.of());
        TestTenants.categories(directory, tenant, CATEGORIES.toArray(String[]::new));
        List<TestJob> generated = generate(random, 3_000);
        TestTenants.index(api, client, jobsIndex.index(), tenant, generated);
        List<JobDocument> jobs = generated.stream().map(TestJob::build).toList();

        long compared = 0;
        for (int i = 0; i < 200; i++) {
            double[] centre = Geo.destination(LAT, LON, random.nextDouble() * 360, Math.sqrt(random.nextDouble()) * 5_000);
            int radius = clearOfEveryJob(jobs, centre, 300 + random.nextInt(2_700));
            List<String> categories = CATEGORIES.stream().filter(c -> random.nextInt(4) == 0).toList();
            Long floor = random.nextBoolean() ? null : 10_000L + random.nextInt(20_000);

            Set<String> expected = jobs.stream().filter(job -> listed(job)
                    && Geo.distance(centre[0], centre[1], job.location().latitude(), job.location().longitude()) <= radius
                    && (categories.isEmpty() || categories.contains(job.category()))
                    && (floor == null || job.wagePerDayFen() != null && job.wagePerDayFen() >= floor))
                    .map(job -> job.jobId().toString()).collect(Collectors.toSet());
            Set<String> found = allPages(tenant, centre, radius, categories, floor, jobs);

            assertThat(found).as("query %d: centre %s, radius %d, categories %s, floor %s", i,
                    centre[0] + "," + centre[1], radius, categories, floor).isEqualTo(expected);
            compared += expected.size();
        }
        assertThat(compared).as("the queries must find something to compare").isGreaterThan(5_000);
    }

    /** Pages through the whole answer, checking order and every hit's reported distance on the way. */
    private Set<String> allPages(String tenant, double[] centre, int radius, List<String> categories,
            @Nullable Long floor, List<JobDocument> jobs) {
        Map<String, JobDocument> byId = jobs.stream()
                .collect(Collectors.toMap(job -> job.jobId().toString(), job -> job));
        StringBuilder query = new StringBuilder("/api/v1/jobs/nearby?neighbours=false&size=50&lat=" + centre[0]
                + "&lon=" + centre[1] + "&radiusMeters=" + radius);
        categories.forEach(c -> query.append("&category=").append(c));
        if (floor != null) {
            query.append("&minWagePerDayFen=").append(floor);
        }
        Set<String> found = new HashSet<>();
        long total = -1;
        double last = 0;
        for (int page = 0; total < 0 || found.size() < total; page++) {
            Reply reply = api.get(query + "&page=" + page, null, "X-Lingong-Tenant", tenant);
            assertThat(reply.status()).as(reply.text()).isEqualTo(200);
            JsonNode body = reply.json();
            total = body.path("total").asLong();
            if (body.path("hits").isEmpty()) {
                break;
            }
            for (JsonNode hit : body.path("hits")) {
                JobDocument job = byId.get(hit.path("jobId").asString());
                double distance = Geo.distance(centre[0], centre[1], job.location().latitude(),
                        job.location().longitude());
                assertThat(hit.path("distanceMeters").asDouble()).isCloseTo(distance, Offset.offset(1.0));
                assertThat(distance).as("nearest first").isGreaterThanOrEqualTo(last - 0.01);
                last = distance;
                found.add(hit.path("jobId").asString());
            }
        }
        assertThat(found).hasSize((int) total);
        return found;
    }

    /** The radius, moved outwards until no job (listed or not) lies within a metre of the circle. */
    private static int clearOfEveryJob(List<JobDocument> jobs, double[] centre, int radius) {
        int clear = radius;
        while (true) {
            int r = clear;
            boolean onTheEdge = jobs.stream().anyMatch(job -> Math.abs(Geo.distance(centre[0], centre[1],
                    job.location().latitude(), job.location().longitude()) - r) < 1.0);
            if (!onTheEdge) {
                return clear;
            }
            clear += 3;
        }
    }

    private static boolean listed(JobDocument job) {
        return job.status() == JobStatus.OPEN && job.slotsOpen() > 0 && job.validUntil() != null
                && job.validUntil().isAfter(Instant.now());
    }

    /** Jobs spread over a disc of 8 km around the centre: mixed categories and wages, one in twenty unlisted. */
    private static List<TestJob> generate(Random random, int count) {
        List<TestJob> jobs = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < count; i++) {
            double[] point = Geo.destination(LAT, LON, random.nextDouble() * 360,
                    Math.sqrt(random.nextDouble()) * 8_000);
            TestJob job = TestJob.open().at(point[0], point[1])
                    .category(CATEGORIES.get(random.nextInt(CATEGORIES.size())));
            int wage = random.nextInt(10);
            if (wage == 0) {
                job.wage(800 + random.nextInt(40) * 100L, WageUnit.PIECE, null);
            } else if (wage == 1) {
                long hourly = 1_500 + random.nextInt(30) * 100L;
                job.wage(hourly, WageUnit.HOUR, hourly * 8);
            } else {
                long daily = 8_000 + random.nextInt(320) * 100L;
                job.wage(daily, WageUnit.DAY, daily);
            }
            switch (random.nextInt(40)) {
                case 0 -> job.status(JobStatus.FILLED).slotsOpen(0);
                case 1 -> job.slotsOpen(0);
                default -> { }
            }
            if (random.nextInt(40) == 0) {
                job.validUntil(now.minus(Duration.ofHours(1)));
            }
            jobs.add(job);
        }
        return jobs;
    }
}
