package org.lingong.core.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.TenantCoreTests;
import org.lingong.core.TestTenants;
import org.lingong.core.nearby.Circle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The PostgreSQL nearby query against a brute-force haversine filter in Java, over a generated city of jobs in every
 * state; and its parameter rules. Jobs are written straight into the throwaway city's table: this is about the query.
 */
class NearbyJobsTests extends TenantCoreTests {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final double CENTER_LAT = 33.9631;
    private static final double CENTER_LON = 118.2752;
    private static final List<String> CATEGORIES = List.of("agriculture", "domestic", "construction", "catering",
            "logistics", "express", "elderly_care", "repair");
    private static final List<String> TITLES = List.of("保洁员", "搬运工", "餐厅服务员", "快递分拣", "家政保洁",
            "水电维修", "养老护理员", "葡萄采摘", "外卖骑手", "仓库理货");
    private static final List<String> SOURCES = List.of("GOVERNMENT", "THIRD_PARTY", "EMPLOYER", "EXTERNAL_FEED");
    private static final List<String> GROUPS = List.of("OLDER", "VETERAN", "DISABLED", "MIGRANT");

    private static String city;
    private static List<Generated> data;

    @Autowired
    JdbcClient jdbc;

    record Generated(UUID id, String title, String category, long wageFen, WageUnit unit, int slots, int filled,
                     double lat, double lon, Instant startsAt, String term, String source, List<String> groups,
                     String status, Instant validUntil, Instant createdAt) {

        boolean visible(Instant now) {
            return status.equals("OPEN") && filled < slots && validUntil.isAfter(now);
        }

        Long perDay() {
            return unit.perDayFen(wageFen);
        }
    }

    @BeforeEach
    void aCityFullOfJobs() {
        if (city == null) {
            city = TestTenants.uniqueCode();
            TestTenants.onboard(api(), city, "32", "321300");
            data = generate(new Random(20261123L), 4000);
            for (Generated job : data) {
                insert(job);
            }
            jdbc.sql("analyze t_" + city + ".job").update();
        }
    }

    private static List<Generated> generate(Random random, int count) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Generated> jobs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            WageUnit unit = WageUnit.values()[random.nextInt(4)];
            long wage = switch (unit) {
                case HOUR -> 1_500 + random.nextInt(4_000);
                case DAY -> 8_000 + random.nextInt(30_000);
                case PIECE -> 20 + random.nextInt(500);
                case MONTH -> 200_000 + random.nextInt(600_000);
            };
            int slots = 1 + random.nextInt(10);
            double roll = random.nextDouble();
            String status = roll < 0.8 ? "OPEN" : roll < 0.88 ? "FILLED" : roll < 0.94 ? "CLOSED" : "DRAFT";
            Instant starts = now.plus(random.nextInt(20 * 24), ChronoUnit.HOURS);
            List<String> groups = random.nextInt(3) == 0 ? List.of(GROUPS.get(random.nextInt(GROUPS.size()))) : List.of();
            Instant validUntil = random.nextInt(10) == 0 ? now.minus(1 + random.nextInt(48), ChronoUnit.HOURS)
                    : now.plus(1 + random.nextInt(48), ChronoUnit.HOURS).plus(1, ChronoUnit.DAYS);
            jobs.add(new Generated(UUID.randomUUID(), TITLES.get(random.nextInt(TITLES.size())) + "（" + i + "）",
                    CATEGORIES.get(random.nextInt(CATEGORIES.size())), wage, unit, slots,
                    random.nextInt(8) == 0 ? slots : random.nextInt(slots), CENTER_LAT + (random.nextDouble() - 0.5) * 0.16,
                    CENTER_LON + (random.nextDouble() - 0.5) * 0.2, starts, random.nextBoolean() ? "SHORT" : "LONG",
                    SOURCES.get(random.nextInt(SOURCES.size())), groups, status, validUntil,
                    now.minus(random.nextInt(100_000), ChronoUnit.SECONDS)));
        }
        return jobs;
    }

    private void insert(Generated job) {
        jdbc.sql("insert into t_" + city + ".job (id, title, category, description, wage_amount_fen, wage_unit, "
                        + "wage_per_day_fen, slots, filled, latitude, longitude, address, starts_at, ends_at, term, "
                        + "contact_policy, source_channel, source_name, priority_groups, status, valid_until, posted_by, "
                        + "created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLATFORM_ONLY', ?, "
                        + "?, ?::text[], ?, ?, 'test', ?, ?)")
                .params(job.id(), job.title(), job.category(), "工作内容：" + job.title(), job.wageFen(),
                        job.unit().name(), job.perDay(), job.slots(), job.filled(), job.lat(), job.lon(), "宿迁市",
                        Timestamp.from(job.startsAt()), Timestamp.from(job.startsAt().plus(3, ChronoUnit.DAYS)),
                        job.term(), job.source(), job.source().equals("EMPLOYER") ? null : "来源",
                        "{" + String.join(",", job.groups()) + "}", job.status(),
                        Timestamp.from(job.validUntil()), Timestamp.from(job.createdAt()),
                        Timestamp.from(job.createdAt()))
                .update();
    }

    private Api.Response nearby(String query, String language) {
        return api().get("/api/v1/jobs/nearby?" + query, null, Map.of("X-Lingong-Tenant", city,
                "Accept-Language", language));
    }

    /** A random query: its parameters, and the same filter in Java. */
    private record Query(Map<String, List<String>> parameters, int radius, Predicate<Generated> filter, String sort) {

        String string() {
            return parameters.entrySet().stream().flatMap(e -> e.getValue().stream()
                            .map(v -> e.getKey() + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                    .collect(Collectors.joining("&"));
        }
    }

    private static Query randomQuery(Random random) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        double lat = CENTER_LAT + (random.nextDouble() - 0.5) * 0.16;
        double lon = CENTER_LON + (random.nextDouble() - 0.5) * 0.2;
        p.put("lat", List.of(String.valueOf(lat)));
        p.put("lon", List.of(String.valueOf(lon)));
        int radius;
        if (random.nextBoolean()) {
            radius = 100 + random.nextInt(2900);
            p.put("radiusMeters", List.of(String.valueOf(radius)));
        } else {
            int minutes = 1 + random.nextInt(15);
            boolean bike = random.nextBoolean();
            radius = minutes * (bike ? 200 : 75);
            p.put("minutes", List.of(String.valueOf(minutes)));
            if (bike || random.nextBoolean()) {
                p.put("mode", List.of(bike ? "BIKE" : "WALK"));
            }
        }
        List<Predicate<Generated>> filters = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            List<String> categories = random.ints(1 + random.nextInt(3), 0, CATEGORIES.size())
                    .mapToObj(CATEGORIES::get).distinct().toList();
            p.put("category", categories);
            filters.add(j -> categories.contains(j.category()));
        }
        if (random.nextInt(3) == 0) {
            long floor = List.of(0L, 10_000L, 15_000L, 20_000L).get(random.nextInt(4));
            p.put("minWagePerDayFen", List.of(String.valueOf(floor)));
            filters.add(j -> j.perDay() != null && j.perDay() >= floor);
        }
        if (random.nextInt(4) == 0) {
            LocalDate from = LocalDate.now(CHINA).plusDays(random.nextInt(10));
            LocalDate to = from.plusDays(random.nextInt(6));
            p.put("startsFrom", List.of(from.toString()));
            p.put("startsTo", List.of(to.toString()));
            filters.add(j -> {
                LocalDate day = j.startsAt().atZone(CHINA).toLocalDate();
                return !day.isBefore(from) && !day.isAfter(to);
            });
        }
        if (random.nextInt(4) == 0) {
            String term = random.nextBoolean() ? "SHORT" : "LONG";
            p.put("term", List.of(term));
            filters.add(j -> j.term().equals(term));
        }
        if (random.nextInt(5) == 0) {
            p.put("priorityOnly", List.of("true"));
            filters.add(j -> !j.groups().isEmpty());
        }
        if (random.nextInt(5) == 0) {
            List<String> sources = List.of(SOURCES.get(random.nextInt(4)), SOURCES.get(random.nextInt(4)));
            p.put("source", sources.stream().distinct().toList());
            filters.add(j -> sources.contains(j.source()));
        }
        if (random.nextInt(6) == 0) {
            String text = List.of("保洁", "搬运", "_%", "（1").get(random.nextInt(4));
            p.put("q", List.of(text));
            filters.add(j -> j.title().contains(text));
        }
        String sort = List.of("DISTANCE", "WAGE", "RECENT", "RELEVANCE").get(random.nextInt(4));
        p.put("sort", List.of(sort));
        p.put("size", List.of("50"));
        Predicate<Generated> all = filters.stream().reduce(j -> true, Predicate::and);
        return new Query(p, radius, all, sort);
    }

    @Test
    void twoHundredRandomQueriesFindExactlyWhatABruteForceHaversineFilterFinds() {
        Random random = new Random(42);
        int nonEmpty = 0;
        for (int i = 0; i < 200; i++) {
            Query query = randomQuery(random);
            double lat = Double.parseDouble(query.parameters().get("lat").getFirst());
            double lon = Double.parseDouble(query.parameters().get("lon").getFirst());
            Instant now = Instant.now();
            Map<UUID, Double> expected = new LinkedHashMap<>();
            Set<UUID> onTheEdge = new HashSet<>();
            for (Generated job : data) {
                double distance = Circle.distance(lat, lon, job.lat(), job.lon());
                if (Math.abs(distance - query.radius()) < 0.01) {
                    onTheEdge.add(job.id());
                } else if (distance <= query.radius() && job.visible(now) && query.filter().test(job)) {
                    expected.put(job.id(), distance);
                }
            }

            List<JsonNode> hits = new ArrayList<>();
            long total = -1;
            for (int page = 0; page <= 50; page++) {
                Api.Response response = nearby(query.string() + "&page=" + page, "zh-CN");
                assertThat(response.status()).as(query.string() + " " + response.raw().body()).isEqualTo(200);
                JsonNode body = response.body();
                assertThat(body.get("degraded").asBoolean()).isTrue();
                assertThat(body.get("radiusMeters").asInt()).isEqualTo(query.radius());
                total = body.get("total").asLong();
                body.get("hits").forEach(hits::add);
                if (body.get("hits").size() < 50) {
                    break;
                }
            }
            Set<UUID> found = hits.stream().map(h -> UUID.fromString(h.get("jobId").asString()))
                    .filter(id -> !onTheEdge.contains(id)).collect(Collectors.toSet());
            assertThat(found).as("query %d: %s", i, query.string()).isEqualTo(expected.keySet());
            assertThat(hits).as("no job twice across pages").hasSize((int) total);
            if (!expected.isEmpty()) {
                nonEmpty++;
            }
            for (JsonNode hit : hits) {
                UUID id = UUID.fromString(hit.get("jobId").asString());
                if (expected.containsKey(id)) {
                    assertThat(hit.get("distanceMeters").asLong()).isEqualTo(Math.round(expected.get(id)));
                    assertThat(hit.get("walkingMinutes").asInt()).isEqualTo((int) Math.ceil(expected.get(id) / 75));
                }
            }
            List<Double> distances = hits.stream().map(h -> h.get("distanceMeters").asDouble()).toList();
            if (query.sort().equals("DISTANCE") || query.sort().equals("RELEVANCE")) {
                assertThat(distances).as("nearest first").isSortedAccordingTo(Comparator.naturalOrder());
            } else if (query.sort().equals("WAGE")) {
                List<Long> wages = hits.stream().map(h -> h.at("/wage/perDayFen"))
                        .map(w -> w.isNull() ? Long.MIN_VALUE : w.asLong()).toList();
                assertThat(wages).as("best paid first, piece rates last").isSortedAccordingTo(Comparator.reverseOrder());
            }
        }
        assertThat(nonEmpty).as("the queries mostly find something").isGreaterThan(120);
    }

    @Test
    void minutesOfTravelBecomeARadiusAtTheCitysSpeedsAndAHitShowsTheJob() {
        JsonNode walk = nearby("lat=33.9631&lon=118.2752", "zh-CN").body();
        assertThat(walk.get("radiusMeters").asInt()).as("15 minutes at 75 m/min").isEqualTo(1125);
        assertThat(walk.get("mode").asString()).isEqualTo("WALK");
        assertThat(walk.get("minutes").asInt()).isEqualTo(15);
        assertThat(walk.get("facets").isNull()).isTrue();
        assertThat(walk.at("/center/latitude").asDouble()).isEqualTo(33.9631);

        JsonNode ebike = nearby("lat=33.9631&lon=118.2752&minutes=10&mode=EBIKE", "zh-CN").body();
        assertThat(ebike.get("radiusMeters").asInt()).isEqualTo(3000);

        JsonNode plain = nearby("lat=33.9631&lon=118.2752&radiusMeters=2000&size=1", "zh-CN").body();
        assertThat(plain.get("mode").isNull()).isTrue();
        assertThat(plain.get("minutes").isNull()).isTrue();
        JsonNode hit = plain.get("hits").get(0);
        Generated job = data.stream().filter(j -> j.id().toString().equals(hit.get("jobId").asString())).findFirst()
                .orElseThrow();
        assertThat(hit.get("tenant").asString()).isEqualTo(city);
        assertThat(hit.get("title").asString()).isEqualTo(job.title());
        assertThat(hit.at("/wage/amountFen").asLong()).isEqualTo(job.wageFen());
        assertThat(hit.at("/wage/unit").asString()).isEqualTo(job.unit().name());
        assertThat(hit.at("/location/longitude").asDouble()).isEqualTo(job.lon());
        assertThat(hit.get("slotsOpen").asInt()).isEqualTo(job.slots() - job.filled());
        assertThat(hit.get("sourceChannel").asString()).isEqualTo(job.source());
        assertThat(Instant.parse(hit.get("startsAt").asString())).isEqualTo(job.startsAt());
    }

    @Test
    void aBadParameterIsAProblemNamingIt() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("lon=118.27", "lat");
        bad.put("lat=91&lon=118.27", "lat");
        bad.put("lat=33.9&lon=east", "lon");
        bad.put("lat=33.9&lon=118.27&radiusMeters=50", "radiusMeters");
        bad.put("lat=33.9&lon=118.27&radiusMeters=1000&minutes=10", "radiusMeters");
        bad.put("lat=33.9&lon=118.27&minutes=121", "minutes");
        bad.put("lat=33.9&lon=118.27&mode=CAR", "mode");
        bad.put("lat=33.9&lon=118.27&minWagePerDayFen=-1", "minWagePerDayFen");
        bad.put("lat=33.9&lon=118.27&startsFrom=tomorrow", "startsFrom");
        bad.put("lat=33.9&lon=118.27&startsFrom=2026-12-10&startsTo=2026-12-01", "startsTo");
        bad.put("lat=33.9&lon=118.27&term=FOREVER", "term");
        bad.put("lat=33.9&lon=118.27&priorityOnly=maybe", "priorityOnly");
        bad.put("lat=33.9&lon=118.27&source=RUMOUR", "source");
        bad.put("lat=33.9&lon=118.27&q=" + "长".repeat(51), "q");
        bad.put("lat=33.9&lon=118.27&sort=PRICE", "sort");
        bad.put("lat=33.9&lon=118.27&page=51", "page");
        bad.put("lat=33.9&lon=118.27&size=0", "size");
        bad.put("lat=33.9&lon=118.27&facets=yes", "facets");
        bad.forEach((query, parameter) -> {
            Api.Response response = nearby(query, "en");
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.body().get("type").asString()).as(query)
                    .matches(".*/(invalid-parameter|missing-parameter|conflicting-parameters)");
            assertThat(response.body().at("/errors/0/field").asString()).as(query).isEqualTo(parameter);
            assertThat(response.body().get("detail").asString()).as(query).contains(parameter);
            assertThat(response.body().get("title").asString()).doesNotContainPattern("\\p{IsHan}");
        });
        // The rules are the platform's nearby contract, the same as search's (the e2e NearbyContractTests compare).
        assertThat(nearby("lat=33.9&lon=118.27&mode=CAR", "en").body().get("detail").asString())
                .contains("WALK, BIKE, EBIKE, TRANSIT");
        assertThat(nearby("lon=118.27", "zh-CN").body().get("detail").asString()).isEqualTo("缺少必填参数 lat。");
        assertThat(nearby("lat=33.9&lon=118.27&mode=ebike", "zh-CN").status()).isEqualTo(200);

        Api.Response unknown = nearby("lat=33.9&lon=118.27&category=agriculture&category=astronaut", "zh-CN");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("type").asString()).endsWith("/unknown-category");
        assertThat(unknown.body().at("/errors/0/field").asString()).isEqualTo("category");
        assertThat(unknown.body().get("detail").asString()).contains("astronaut", "agriculture", "elderly_care");
        assertThat(unknown.body().get("validCodes").valueStream().map(JsonNode::asString)).contains("beauty", "repair");
    }

    @Test
    void theIndexServesTheBoundingBox() {
        String plan = String.join("\n", jdbc.sql("explain select id from t_" + city + ".job j where j.status = 'OPEN'"
                + " and j.latitude between 33.95 and 33.97 and j.longitude between 118.26 and 118.29"
                + " and j.valid_until > now() and j.filled < j.slots").query(String.class).list());
        assertThat(plan).contains("job_open_nearby");
    }
}
