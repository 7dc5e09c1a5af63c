package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.DemoTenants;
import org.lingong.devstack.Platform;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The nearby contract, held on both of its engines: search (Elasticsearch) and tenant-core's PostgreSQL fallback, which
 * the gateway switches to when search is down, get the same corpus of queries — valid ones in every parameter, and
 * every kind of mistake — over the same jobs, and must answer alike: the same hits in the same order, or the same
 * refusal (status, type, texts, field errors). Both are called directly with the gateway's trusted headers, as the
 * gateway calls them. The test opens a city of its own and posts its jobs there, so nothing else is in its circles.
 *
 * <p>What the fallback documents as degraded is left out of the comparison: {@code degraded} itself, facets, and the
 * neighbouring cities' shared jobs (every query asks {@code neighbours=false}). Text relevance is not compared either:
 * the corpus searches text only with the other orders.
 */
@ExtendWith(RunningPlatform.class)
class NearbyContractTests {

    private static final String GATEWAY = Platform.gatewayUrl();
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final double LAT = 33.80;
    private static final double LON = 118.40;
    private static final double METRES_PER_DEGREE_LATITUDE = 111_195;
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private static final String CITY = "nc" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    /** A category only this city has: the registry feed must carry it to search. */
    private static final String OWN_CATEGORY = "drone_" + CITY;
    private static final LocalDate TOMORROW = LocalDate.now(CHINA).plusDays(1);
    private static final List<String> JOB_IDS = new ArrayList<>();

    private record Job(int metresNorth, String title, String category, long amountFen, String unit, String term,
                       String source, List<String> priorityGroups, int startsInDays) {
    }

    /** Distinct distances (none near a whole walking minute), mixed wages, terms, sources, groups and days. */
    private static final List<Job> JOBS = List.of(
            new Job(120, "仓库搬运工", "logistics", 18_000, "DAY", "SHORT", "GOVERNMENT", List.of(), 0),
            new Job(260, "家政保洁员", "domestic", 2_500, "HOUR", "SHORT", "THIRD_PARTY", List.of("OLDER"), 1),
            new Job(410, "果园采摘工", "agriculture", 50, "PIECE", "SHORT", "GOVERNMENT", List.of(), 0),
            new Job(560, "餐厅帮厨", "catering", 15_000, "DAY", "LONG", "EMPLOYER", List.of("DISABLED"), 2),
            new Job(700, "物流分拣员", "logistics", 500_000, "MONTH", "LONG", "EXTERNAL_FEED", List.of(), 4),
            new Job(880, "搬运装卸工", "logistics", 20_000, "DAY", "SHORT", "GOVERNMENT", List.of("MIGRANT"), 0),
            new Job(1040, "无人机巡检员", OWN_CATEGORY, 30_000, "DAY", "SHORT", "THIRD_PARTY", List.of(), 1),
            new Job(1300, "家政钟点工", "domestic", 3_000, "HOUR", "SHORT", "GOVERNMENT", List.of(), 3),
            new Job(1700, "大棚种植工", "agriculture", 16_000, "DAY", "SHORT", "GOVERNMENT", List.of("VETERAN"), 0),
            new Job(2300, "餐饮服务员", "catering", 14_000, "DAY", "SHORT", "THIRD_PARTY", List.of(), 5),
            new Job(3200, "快递分拣", "express", 17_000, "DAY", "SHORT", "GOVERNMENT", List.of(), 1),
            new Job(4600, "仓储搬运工", "logistics", 19_000, "DAY", "LONG", "GOVERNMENT", List.of(), 2));

    @BeforeAll
    static void aCityWithItsOwnJobsKnownToBothEngines() {
        String platformAdmin = token("platform-admin", "demo");
        ObjectNode request = Http.JSON.createObjectNode().put("code", CITY).put("nameZh", "契约测试市")
                .put("nameEn", "Contract City").put("provinceCode", "32").put("divisionCode", "321300");
        request.putObject("center").put("latitude", LAT).put("longitude", LON);
        request.putObject("branding").put("brandName", "契约零工");
        request.putObject("admin").put("username", CITY + "-admin").put("email", CITY + "@test.lingong.invalid")
                .put("firstName", "测试").put("lastName", "管理员").put("password", "contract-pass-1")
                .put("temporaryPassword", false);
        Http.Response started = Http.send("POST", GATEWAY + "/api/v1/platform/onboardings", platformAdmin, Map.of(),
                request.toString());
        assertThat(started.status()).as(started.raw().body()).isEqualTo(202);
        await("the onboarding of " + CITY, () -> "SUCCEEDED".equals(Http.get(GATEWAY
                + "/api/v1/platform/onboardings/" + CITY, platformAdmin, Map.of()).body().path("status").asString()));
        DemoTenants.awaitRouted(GATEWAY, CITY);

        String admin = token(CITY + "-admin", "contract-pass-1");
        Http.Response category = Http.send("POST", GATEWAY + "/t/" + CITY + "/api/v1/job-categories", admin, Map.of(),
                "{\"code\":\"" + OWN_CATEGORY + "\",\"nameZh\":\"无人机\",\"nameEn\":\"Drones\"}");
        assertThat(category.status()).as(category.raw().body()).isEqualTo(201);
        for (Job job : JOBS) {
            JOB_IDS.add(post(admin, job));
        }
        await("search has indexed every job and knows the city's categories", () -> {
            Http.Response all = nearby(search(), "radiusMeters=5000&size=50&category=" + OWN_CATEGORY
                    + "&category=logistics&category=domestic&category=agriculture&category=catering&category=express",
                    "zh-CN");
            return all.status() == 200 && all.body().get("total").asInt() == JOBS.size();
        });
    }

    @TestFactory
    Stream<DynamicTest> bothEnginesAnswerEveryValidQueryWithTheSameHitsInTheSameOrder() {
        String from = TOMORROW.plusDays(1).toString();
        String to = TOMORROW.plusDays(3).toString();
        return Stream.of(
                "", "radiusMeters=5000", "radiusMeters=100", "minutes=10&mode=ebike", "minutes=5&mode=BIKE",
                "mode=Transit", "mode=%20walk%20", "minutes=120&mode=EBIKE&size=50",
                "radiusMeters=5000&category=logistics", "radiusMeters=5000&category=logistics&category=domestic",
                "radiusMeters=5000&category=" + OWN_CATEGORY, "radiusMeters=5000&category=&category=catering",
                "radiusMeters=5000&minWagePerDayFen=18000", "radiusMeters=5000&minWagePerDayFen=0",
                "radiusMeters=5000&startsFrom=" + from + "&startsTo=" + to, "radiusMeters=5000&startsFrom=" + to,
                "radiusMeters=5000&startsTo=" + from, "radiusMeters=5000&term=long", "radiusMeters=5000&term=SHORT",
                "radiusMeters=5000&priorityOnly=true", "radiusMeters=5000&priorityOnly=FALSE",
                "radiusMeters=5000&source=government&source=EMPLOYER", "radiusMeters=5000&q=" + encode("搬运"),
                "radiusMeters=5000&q=" + encode(" 家政 ") + "&sort=wage", "radiusMeters=5000&sort=wage",
                "radiusMeters=5000&sort=RECENT", "radiusMeters=5000&sort=relevance", "radiusMeters=5000&size=5",
                "radiusMeters=5000&page=1&size=5", "radiusMeters=5000&page=3&size=4", "radiusMeters=5000&page=50",
                "radiusMeters=5000&facets=true", "lat=%2033.80&lon=118.40%20&radiusMeters=5000")
                .map(query -> DynamicTest.dynamicTest(query.isEmpty() ? "(defaults)" : query, () -> {
                    Http.Response searched = nearby(search(), query, "zh-CN");
                    Http.Response fallback = nearby(tenantCore(), query, "zh-CN");
                    assertThat(searched.status()).as(searched.raw().body()).isEqualTo(200);
                    assertThat(fallback.status()).as(fallback.raw().body()).isEqualTo(200);
                    assertThat(fallback.body().get("degraded").asBoolean()).isTrue();
                    assertThat(comparable(fallback.body())).isEqualTo(comparable(searched.body()));
                    assertThat(searched.body().get("hits").valueStream().map(hit -> hit.get("jobId").asString()))
                            .as("only this city's own jobs").isSubsetOf(JOB_IDS);
                    assertThat(distances(fallback.body())).as("distances, ±1 m")
                            .usingElementComparator((a, b) -> Math.abs(a - b) <= 1 ? 0 : Long.compare(a, b))
                            .isEqualTo(distances(searched.body()));
                }));
    }

    @TestFactory
    Stream<DynamicTest> bothEnginesRefuseEveryMistakeWithTheSameProblem() {
        String tooLong = "长".repeat(51);
        return Stream.of(
                "lat=&lon=118.40", "lon=118.40&lat", "lat=33.80", "lat=91&lon=118.40", "lat=abc&lon=118.40",
                "lat=33.80&lon=10", "lat=NaN&lon=118.40",
                "radiusMeters=99", "radiusMeters=50001", "radiusMeters=1.5", "radiusMeters=500&minutes=5",
                "radiusMeters=500&mode=walk", "minutes=0", "minutes=121", "mode=car", "mode=e-bike",
                "category=Porter!", "category=nosuch", "category=logistics&category=astronaut",
                "minWagePerDayFen=-1", "minWagePerDayFen=lots", "startsFrom=2026-13-01", "startsTo=tomorrow",
                "startsFrom=" + TOMORROW.plusDays(3) + "&startsTo=" + TOMORROW, "term=MEDIUM", "priorityOnly=yes",
                "source=FRIENDS", "source=GOVERNMENT&source=RUMOUR", "sort=PRICE", "page=51", "page=-1", "size=0",
                "size=51", "facets=1", "neighbours=no", "q=" + encode(tooLong))
                .flatMap(query -> Stream.of("zh-CN", "en").map(language ->
                        DynamicTest.dynamicTest(query + " (" + language + ")", () -> {
                            Http.Response searched = nearby(search(), query, language);
                            Http.Response fallback = nearby(tenantCore(), query, language);
                            assertThat(searched.status()).as(searched.raw().body()).isEqualTo(400);
                            assertThat(searched.header("Content-Type")).startsWith("application/problem+json");
                            assertThat(searched.body().at("/errors/0/field").asString()).isNotBlank();
                            assertThat(problem(fallback)).isEqualTo(problem(searched));
                        })));
    }

    /** The answer without what the fallback leaves out by design, and with distances compared on their own. */
    private static JsonNode comparable(JsonNode answer) {
        ObjectNode copy = ((ObjectNode) answer).deepCopy();
        copy.remove("degraded");
        copy.remove("facets");
        for (JsonNode hit : copy.get("hits")) {
            ((ObjectNode) hit).remove("distanceMeters");
        }
        return copy;
    }

    private static List<Long> distances(JsonNode answer) {
        List<Long> distances = new ArrayList<>();
        answer.get("hits").forEach(hit -> distances.add(hit.get("distanceMeters").asLong()));
        return distances;
    }

    /** A refusal as clients see it: everything but the request id, which each answer has its own of. */
    private static JsonNode problem(Http.Response response) {
        ObjectNode body = ((ObjectNode) response.body()).deepCopy();
        body.remove("requestId");
        body.put("status-line", response.status());
        return body;
    }

    private static Http.Response nearby(String service, String query, String language) {
        String parameters = query.contains("lat=") || query.contains("lon=") ? query
                : "lat=" + LAT + "&lon=" + LON + (query.isEmpty() ? "" : "&" + query);
        if (!parameters.contains("neighbours=")) {
            parameters += "&neighbours=false";
        }
        return Http.get(service + "/api/v1/jobs/nearby?" + parameters, null,
                Map.of("X-Lingong-Tenant", CITY, "X-Lingong-Tenant-Province", "32", "Accept-Language", language));
    }

    private static String post(String admin, Job job) {
        Instant start = TOMORROW.plusDays(job.startsInDays()).atTime(8, 0).atZone(CHINA).toInstant();
        ObjectNode body = Http.JSON.createObjectNode().put("title", job.title()).put("category", job.category())
                .put("description", job.title() + "，管午饭").put("slots", 3).put("address", "契约测试市某街道")
                .put("startsAt", start.toString()).put("endsAt", start.plus(9, ChronoUnit.HOURS).toString())
                .put("term", job.term()).put("contactPolicy", "PLATFORM_ONLY");
        body.putObject("wage").put("amountFen", job.amountFen()).put("unit", job.unit());
        body.putObject("location").put("latitude", LAT + job.metresNorth() / METRES_PER_DEGREE_LATITUDE)
                .put("longitude", LON);
        ObjectNode source = body.putObject("source").put("channel", job.source());
        if (!job.source().equals("EMPLOYER")) {
            source.put("name", "契约测试市人社局");
        }
        ArrayNode groups = body.putArray("priorityGroups");
        job.priorityGroups().forEach(groups::add);
        Http.Response posted = Http.send("POST", GATEWAY + "/t/" + CITY + "/api/v1/jobs", admin, Map.of(),
                body.toString());
        assertThat(posted.status()).as(posted.raw().body()).isEqualTo(201);
        return posted.body().get("id").asString();
    }

    private static String search() {
        return Platform.serviceUrl("search");
    }

    private static String tenantCore() {
        return Platform.serviceUrl("tenant-core");
    }

    private static String token(String user, String password) {
        return DemoTenants.passwordGrantToken(RunningPlatform.issuerUri(), user, password);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + " did not happen within " + PATIENCE.toSeconds() + " s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
