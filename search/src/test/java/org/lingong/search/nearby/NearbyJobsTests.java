package org.lingong.search.nearby;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.search.ProblemAssertions.assertProblem;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lingong.search.Api;
import org.lingong.search.Api.Reply;
import org.lingong.search.Geo;
import org.lingong.search.SearchServiceTests;
import org.lingong.search.TestJob;
import org.lingong.search.TestTenants;
import org.lingong.search.Tokens;
import org.lingong.search.jobs.JobDocument.JobStatus;
import org.lingong.search.jobs.JobDocument.SourceChannel;
import org.lingong.search.jobs.JobDocument.Term;
import org.lingong.search.jobs.JobDocument.WageUnit;
import org.lingong.search.jobs.JobsIndex;
import org.lingong.search.tenants.TenantDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The nearby API over HTTP against the real Elasticsearch: a worker at a street corner of 宿迁 (幸福中路 and
 * 洪泽湖路) with jobs placed at known distances around them, some unlisted, some in neighbouring cities.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NearbyJobsTests extends SearchServiceTests {

    static final double LAT = 33.9631;
    static final double LON = 118.2752;
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    ElasticsearchClient client;

    @Autowired
    JobsIndex jobsIndex;

    @Autowired
    TenantDirectory directory;

    final String suqian = TestTenants.newCode("sq");
    final String sharing = TestTenants.newCode("sh");
    final String notSharing = TestTenants.newCode("ns");
    final String otherProvince = TestTenants.newCode("op");
    final LocalDate tomorrow = LocalDate.now(CHINA).plusDays(1);

    TestJob porter200;
    TestJob cleaner600;
    TestJob hourly900;
    TestJob piece1000;
    TestJob far1500;

    @BeforeAll
    void placeJobs() {
        Api setup = new Api(port);
        TestTenants.register(directory, suqian, "32", false, Map.of("EBIKE", 320));
        TestTenants.register(directory, sharing, "32", true, Map.of());
        TestTenants.register(directory, notSharing, "32", false, Map.of());
        TestTenants.register(directory, otherProvince, "34", true, Map.of());
        TestTenants.categories(directory, suqian, "porter", "cleaner", "security", "delivery");

        Instant now = Instant.now();
        porter200 = at(0, 200).title("仓库搬运工", "负责货物装卸").category("porter")
                .startsAt(startOf(tomorrow).plusSeconds(3600 * 9)).created(now.minusSeconds(300));
        cleaner600 = at(90, 600).title("商场保洁员", "负责商场日常清洁，偶尔搬运杂物").category("cleaner")
                .wage(18_000, WageUnit.DAY, 18_000L).term(Term.LONG).priorityGroups("disabled")
                .source(SourceChannel.GOVERNMENT).startsAt(startOf(tomorrow.plusDays(3)))
                .created(now.minusSeconds(100));
        hourly900 = at(180, 900).title("快递分拣员", "夜班分拣").category("delivery")
                .wage(3_000, WageUnit.HOUR, 24_000L).startsAt(startOf(tomorrow.plusDays(10))).created(now.minusSeconds(200));
        piece1000 = at(270, 1000).title("搬家运输", "按件计酬的搬家工").category("porter")
                .wage(500, WageUnit.PIECE, null).startsAt(startOf(tomorrow.plusDays(10))).created(now.minusSeconds(50));
        far1500 = at(45, 1500).title("园区保安", "门岗值守").category("security");
        List<TestJob> own = new ArrayList<>(List.of(porter200, cleaner600, hourly900, piece1000, far1500));
        own.add(at(10, 100).title("已招满的搬运工", "满员").status(JobStatus.FILLED).slotsOpen(0));
        own.add(at(20, 150).title("无空位的搬运工", "满员").slotsOpen(0));
        own.add(at(30, 250).title("已过期的搬运工", "过期").validUntil(now.minusSeconds(60)));
        own.add(at(40, 300).title("草稿搬运工", "草稿").status(JobStatus.DRAFT));
        TestTenants.index(setup, client, jobsIndex.index(), suqian, own);
        TestTenants.index(setup, client, jobsIndex.index(), sharing, List.of(at(135, 700).title("邻市搬运工", "跨界")));
        TestTenants.index(setup, client, jobsIndex.index(), notSharing, List.of(at(200, 500).title("不共享的职位", "")));
        TestTenants.index(setup, client, jobsIndex.index(), otherProvince, List.of(at(300, 400).title("外省职位", "")));
    }

    @Test
    void aWorkerAtAStreetCornerInSuqianGetsTheJobsWithinFifteenMinutesWalkNearestFirst() {
        JsonNode body = own("").json();

        assertThat(body.path("degraded").asBoolean()).isFalse();
        assertThat(body.path("mode").asString()).isEqualTo("WALK");
        assertThat(body.path("minutes").asInt()).isEqualTo(15);
        assertThat(body.path("radiusMeters").asInt()).isEqualTo(1125);
        assertThat(body.path("facets").isNull()).isTrue();
        assertThat(titles(body)).containsExactly("仓库搬运工", "商场保洁员", "快递分拣员", "搬家运输");
        assertThat(body.path("total").asLong()).isEqualTo(4);
        JsonNode first = body.path("hits").get(0);
        assertThat(first.path("tenant").asString()).isEqualTo(suqian);
        assertThat(first.path("jobId").asString()).isEqualTo(porter200.jobId().toString());
        assertThat(first.path("distanceMeters").asLong()).isBetween(199L, 201L);
        assertThat(first.path("walkingMinutes").asLong()).isEqualTo(3); // 200 m at 75 m/min
        assertThat(first.path("wage").path("perDayFen").asLong()).isEqualTo(20_000);
        assertThat(first.path("location").path("latitude").asDouble()).isBetween(33.96, 33.97);
        assertThat(body.path("hits").get(3).path("walkingMinutes").asLong()).isEqualTo(14); // 1000 m
        assertThat(body.path("hits").get(3).path("wage").path("perDayFen").isNull()).isTrue();
    }

    @Test
    void aPlainRadiusOrTheTenantsOwnSpeedMakesTheCircle() {
        JsonNode radius = own("&radiusMeters=650").json();
        JsonNode ebike = own("&minutes=5&mode=ebike").json();

        assertThat(radius.path("radiusMeters").asInt()).isEqualTo(650);
        assertThat(radius.path("mode").isNull()).isTrue();
        assertThat(radius.path("minutes").isNull()).isTrue();
        assertThat(titles(radius)).containsExactly("仓库搬运工", "商场保洁员");
        assertThat(ebike.path("radiusMeters").asInt()).isEqualTo(1600); // 5 min × the tenant's 320 m/min
        assertThat(titles(ebike)).contains("园区保安").hasSize(5);
    }

    @Test
    void filtersCombine() {
        assertThat(titles(own("&category=porter").json())).containsExactly("仓库搬运工", "搬家运输");
        assertThat(titles(own("&category=porter&category=delivery&minWagePerDayFen=0").json()))
                .as("a wage floor leaves piece rates out").containsExactly("仓库搬运工", "快递分拣员");
        assertThat(titles(own("&minWagePerDayFen=20000").json())).containsExactly("仓库搬运工", "快递分拣员");
        assertThat(titles(own("&startsFrom=" + tomorrow + "&startsTo=" + tomorrow).json()))
                .containsExactly("仓库搬运工");
        assertThat(titles(own("&startsFrom=" + tomorrow.plusDays(2) + "&startsTo=" + tomorrow.plusDays(3)).json()))
                .containsExactly("商场保洁员");
        assertThat(titles(own("&term=LONG").json())).containsExactly("商场保洁员");
        assertThat(titles(own("&priorityOnly=true").json())).containsExactly("商场保洁员");
        assertThat(titles(own("&source=GOVERNMENT&source=THIRD_PARTY").json())).containsExactly("商场保洁员");
    }

    @Test
    void chineseTextMatchesWordsInTitleOrDescriptionNotScatteredCharacters() {
        assertThat(titles(own("&q=搬运").json())).containsExactly("仓库搬运工", "商场保洁员");
        assertThat(titles(own("&q=搬家").json())).containsExactly("搬家运输");
        assertThat(titles(own("&q=搬运&sort=RELEVANCE").json()))
                .as("a title match weighs more than one in the description").containsExactly("仓库搬运工", "商场保洁员");
        assertThat(titles(own("&q=分拣 夜班").json())).isEmpty();
        assertThat(titles(own("&q=夜班分拣").json())).containsExactly("快递分拣员");
    }

    @Test
    void sortsByWageWithPieceRatesLastOrByRecency() {
        assertThat(titles(own("&sort=WAGE").json())).containsExactly("快递分拣员", "仓库搬运工", "商场保洁员",
                "搬家运输");
        assertThat(titles(own("&sort=recent").json())).containsExactly("搬家运输", "商场保洁员", "快递分拣员",
                "仓库搬运工");
    }

    @Test
    void pagesDoNotOverlap() {
        JsonNode first = own("&size=3").json();
        JsonNode second = own("&size=3&page=1").json();

        assertThat(first.path("total").asLong()).isEqualTo(4);
        assertThat(titles(first)).containsExactly("仓库搬运工", "商场保洁员", "快递分拣员");
        assertThat(titles(second)).containsExactly("搬家运输");
        assertThat(second.path("page").asInt()).isEqualTo(1);
        assertThat(second.path("size").asInt()).isEqualTo(3);
    }

    @Test
    void facetsCountWithinTheCircleAndTheOtherFilters() {
        JsonNode facets = own("&facets=true").json().path("facets");
        JsonNode porterOnly = own("&facets=true&category=porter").json().path("facets");

        assertThat(counts(facets.path("categories"))).isEqualTo(Map.of("porter", 2L, "cleaner", 1L, "delivery", 1L));
        assertThat(bands(facets)).containsExactly("0-10000:0", "10000-15000:0", "15000-20000:1", "20000-30000:2",
                "30000-null:0");
        assertThat(counts(porterOnly.path("categories"))).isEqualTo(Map.of("porter", 2L));
        assertThat(bands(porterOnly)).containsExactly("0-10000:0", "10000-15000:0", "15000-20000:0",
                "20000-30000:1", "30000-null:0");
    }

    @Test
    void nearABorderTheSharedJobsOfNeighboursOfTheProvinceComeTooEachNamingItsTenant() {
        JsonNode body = nearby(suqian, "").json();
        JsonNode mine = nearby(suqian, "&neighbours=false").json();
        JsonNode fromNonSharing = nearby(notSharing, "").json();
        JsonNode fromOtherProvince = nearby(otherProvince, "").json();

        assertThat(titles(body)).containsExactly("仓库搬运工", "商场保洁员", "邻市搬运工", "快递分拣员", "搬家运输");
        assertThat(body.path("hits").get(2).path("tenant").asString()).isEqualTo(sharing);
        assertThat(titles(mine)).doesNotContain("邻市搬运工");
        assertThat(titles(fromNonSharing)).contains("不共享的职位", "邻市搬运工").doesNotContain("仓库搬运工", "外省职位");
        assertThat(titles(fromOtherProvince)).containsExactly("外省职位");
    }

    @Test
    void suggestsTitlesContainingWhatWasTyped() {
        Reply reply = api.get("/api/v1/jobs/nearby/suggest?lat=" + LAT + "&lon=" + LON + "&prefix=搬", null,
                "X-Lingong-Tenant", suqian);

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        List<String> suggested = new ArrayList<>();
        reply.json().path("suggestions").forEach(s -> suggested.add(s.path("title").asString()));
        assertThat(suggested).containsExactlyInAnyOrder("仓库搬运工", "搬家运输", "邻市搬运工");
    }

    @Test
    void isPublicButScopedToTheTenantOfTheTrustedHeader() {
        assertThat(api.get(path("") , Tokens.worker(), "X-Lingong-Tenant", suqian).status()).isEqualTo(200);
        assertProblem(api.get(path(""), null), 400, "tenant-required", "请求未指明城市（租户）");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "lat=91&lon=118.2                         | lat          | invalid-parameter",
        "lat=abc&lon=118.2                        | lat          | invalid-parameter",
        "lon=118.2                                | lat          | missing-parameter",
        "lat=33.9                                 | lon          | missing-parameter",
        "lat=33.9&lon=10                          | lon          | invalid-parameter",
        "lat=33.9&lon=118.2&radiusMeters=99       | radiusMeters | invalid-parameter",
        "lat=33.9&lon=118.2&radiusMeters=50001    | radiusMeters | invalid-parameter",
        "lat=33.9&lon=118.2&radiusMeters=500&minutes=5 | radiusMeters | conflicting-parameters",
        "lat=33.9&lon=118.2&minutes=0             | minutes      | invalid-parameter",
        "lat=33.9&lon=118.2&minutes=121           | minutes      | invalid-parameter",
        "lat=33.9&lon=118.2&mode=CAR              | mode         | invalid-parameter",
        "lat=33.9&lon=118.2&category=Porter!      | category     | invalid-parameter",
        "lat=33.9&lon=118.2&category=plumber      | category     | unknown-category",
        "lat=33.9&lon=118.2&minWagePerDayFen=-1   | minWagePerDayFen | invalid-parameter",
        "lat=33.9&lon=118.2&startsFrom=2026-13-01 | startsFrom   | invalid-parameter",
        "lat=33.9&lon=118.2&startsFrom=2026-12-02&startsTo=2026-12-01 | startsTo | invalid-parameter",
        "lat=33.9&lon=118.2&term=MEDIUM           | term         | invalid-parameter",
        "lat=33.9&lon=118.2&priorityOnly=yes      | priorityOnly | invalid-parameter",
        "lat=33.9&lon=118.2&source=FRIENDS        | source       | invalid-parameter",
        "lat=33.9&lon=118.2&sort=PRICE            | sort         | invalid-parameter",
        "lat=33.9&lon=118.2&page=51               | page         | invalid-parameter",
        "lat=33.9&lon=118.2&size=0                | size         | invalid-parameter",
        "lat=33.9&lon=118.2&size=51               | size         | invalid-parameter",
        "lat=33.9&lon=118.2&facets=1              | facets       | invalid-parameter",
        "lat=33.9&lon=118.2&neighbours=no         | neighbours   | invalid-parameter",
        "lat=33.9&lon=118.2&q=工工工工工工工工工工工工工工工工工工工工工工工工工工工工工工工工工工工工工工工工工工工工工工工工工工工 | q | invalid-parameter"})
    void everyBadParameterIsAProblemNamingItInChineseAndEnglish(String query, String parameter, String code) {
        Reply chinese = api.get("/api/v1/jobs/nearby?" + query, null, "X-Lingong-Tenant", suqian);
        Reply english = api.get("/api/v1/jobs/nearby?" + query, null, "X-Lingong-Tenant", suqian,
                "Accept-Language", "en");

        assertThat(chinese.status()).as(chinese.text()).isEqualTo(400);
        JsonNode zh = chinese.json();
        JsonNode en = english.json();
        assertThat(zh.path("type").asString()).endsWith("/" + code);
        assertThat(zh.path("errors").path(0).path("field").asString()).isEqualTo(parameter);
        assertThat(zh.path("errors").path(0).path("message").asString()).isEqualTo(zh.path("title").asString());
        assertThat(zh.path("title").asString()).containsPattern("\\p{IsHan}");
        assertThat(zh.path("detail").asString()).contains(parameter.equals("category") && code.equals("unknown-category")
                ? "plumber" : parameter);
        assertThat(en.path("title").asString()).doesNotContainPattern("\\p{IsHan}");
        assertThat(en.path("errors").path(0).path("field").asString()).isEqualTo(parameter);
    }

    @Test
    void anUnknownCategoryListsTheValidOnes() {
        JsonNode problem = assertProblem(api.get(path("&category=plumber"), null, "X-Lingong-Tenant", suqian), 400,
                "unknown-category", "工种不存在");

        assertThat(problem.path("detail").asString()).isEqualTo(
                "工种“plumber”不存在或已停用。可选工种：cleaner, delivery, porter, security");
    }

    /** The tenant's own jobs only: the border test shows the neighbours'. */
    private Reply own(String extra) {
        return nearby(suqian, "&neighbours=false" + extra);
    }

    private Reply nearby(String tenant, String extra) {
        Reply reply = api.get(path(extra), null, "X-Lingong-Tenant", tenant);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply;
    }

    private static String path(String extra) {
        return "/api/v1/jobs/nearby?lat=" + LAT + "&lon=" + LON + extra;
    }

    private static TestJob at(double bearing, double metres) {
        double[] point = Geo.destination(LAT, LON, bearing, metres);
        return TestJob.open().at(point[0], point[1]);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(CHINA).toInstant();
    }

    private static List<String> titles(JsonNode body) {
        List<String> titles = new ArrayList<>();
        body.path("hits").forEach(hit -> titles.add(hit.path("title").asString()));
        return titles;
    }

    private static Map<String, Long> counts(JsonNode categories) {
        Map<String, Long> counts = new java.util.HashMap<>();
        categories.forEach(c -> counts.put(c.path("code").asString(), c.path("count").asLong()));
        return counts;
    }

    private static List<String> bands(JsonNode facets) {
        List<String> bands = new ArrayList<>();
        facets.path("wageBands").forEach(b -> bands.add(b.path("fromFen").asLong() + "-"
                + (b.path("toFen").isNull() ? "null" : b.path("toFen").asLong()) + ":" + b.path("count").asLong()));
        return bands;
    }
}
