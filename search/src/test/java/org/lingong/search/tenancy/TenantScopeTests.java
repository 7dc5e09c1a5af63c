package org.lingong.search.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.search.ProblemAssertions.assertProblem;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lingong.search.Api;
import org.lingong.search.Api.Reply;
import org.lingong.search.SearchServiceTests;
import org.lingong.search.TestTenants;
import org.lingong.search.ThrowawayUser;
import org.lingong.search.Tokens;
import org.lingong.search.tenants.TenantDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The search service's own check of the gateway's tenant headers (defence in depth): a request that reaches it
 * directly, with any header, gets only what the caller's token allows in that tenant. The tenant comes from the
 * header alone, its province from tenant-core's registry feed — never from a header a caller can send.
 */
class TenantScopeTests extends SearchServiceTests {

    private static final String STATUS = "/api/v1/search/status";
    /** A public endpoint: anyone may call it, but a token must still allow the tenant. */
    private static final String NEARBY = "/api/v1/jobs/nearby?lat=33.96&lon=118.28";
    private static final String TENANT = "X-Lingong-Tenant";
    private static final String PROVINCE = "X-Lingong-Tenant-Province";

    private static String ownCity;
    private static String otherCity;
    /** A city of Anhui (34) in the feed. */
    private static String anhuiCity;
    private static ThrowawayUser cityAdmin;
    private static ThrowawayUser stationStaff;

    @Autowired
    TenantDirectory directory;

    @BeforeAll
    static void aCityAdminOfOneCity() {
        // Fresh codes per run: the dev-stack servers are shared and outlive test runs.
        String run = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        ownCity = "own" + run;
        otherCity = "other" + run;
        anhuiCity = "anhui" + run;
        cityAdmin = ThrowawayUser.cityAdmin(ownCity);
        stationStaff = ThrowawayUser.of(ownCity, "station-staff");
    }

    @BeforeEach
    void citiesInTheFeed() {
        TestTenants.register(directory, ownCity, "32", false, Map.of());
        TestTenants.register(directory, otherCity, "32", false, Map.of());
        TestTenants.register(directory, anhuiCity, "34", false, Map.of());
    }

    @AfterAll
    static void deleteTheCityAdmin() {
        if (cityAdmin != null) {
            cityAdmin.close();
        }
        if (stationStaff != null) {
            stationStaff.close();
        }
    }

    @Test
    void requiresTheGatewaysTenantHeader() {
        JsonNode chinese = assertProblem(api.get(STATUS, Tokens.worker()), 400, "tenant-required",
                "请求未指明城市（租户）");
        JsonNode english = assertProblem(api.get(STATUS, Tokens.worker(), "Accept-Language", "en"), 400,
                "tenant-required", "The request names no city (tenant)");

        assertThat(chinese.path("detail").asString()).contains("/t/城市代码/");
        assertThat(english.path("detail").asString()).contains("/t/<city code>/", "host name");
        assertThat(english.path("instance").asString()).isEqualTo(STATUS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Suqian", "1suqian", "su-qian", "x", "huainan;drop schema platform", "../huainan",
            "a2345678901234567890123456789012"})
    void rejectsAMalformedTenantHeader(String code) {
        Reply reply = api.get(STATUS, Tokens.worker(), TENANT, code);

        JsonNode problem = assertProblem(reply, 400, "invalid-tenant", "城市（租户）代码无效");
        assertThat(problem.path("titles").path("en").asString()).isEqualTo("Invalid city (tenant) code");
        // The refused value is not echoed: it may be anything a client sent.
        assertThat(problem.path("detail").asString()).contains("小写字母").doesNotContain(code);
    }

    @Test
    void rejectsAMalformedTenantHeaderInEnglish() {
        Reply reply = api.get(STATUS, Tokens.worker(), TENANT, "Nan-Jing", "Accept-Language", "en");

        JsonNode problem = assertProblem(reply, 400, "invalid-tenant", "Invalid city (tenant) code");

        assertThat(problem.path("detail").asString()).startsWith("A city code starts with a lower-case letter");
    }

    @Test
    void aCityAdminReadsItsOwnCity() {
        Reply reply = api.get(STATUS, cityAdmin.token(), TENANT, ownCity);

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.json().path("tenant").path("code").asString()).isEqualTo(ownCity);
    }

    @Test
    void refusesAnotherCitysToken() {
        Reply chinese = api.get(STATUS, cityAdmin.token(), TENANT, otherCity);
        Reply english = api.get(STATUS, cityAdmin.token(), TENANT, otherCity, "Accept-Language", "en");

        JsonNode problem = assertProblem(chinese, 403, "tenant-forbidden", "无权访问该城市的数据");
        assertThat(problem.path("detail").asString()).isEqualTo("当前身份无权在城市“" + otherCity + "”执行该操作。");
        assertThat(assertProblem(english, 403, "tenant-forbidden", "You may not access this city’s data")
                .path("detail").asString())
                .isEqualTo("The caller may not perform this operation in city \"" + otherCity + "\".");
    }

    @Test
    void aQueryParameterCannotChooseAnotherCity() {
        Reply reply = api.get(STATUS + "?tenant=" + otherCity, cityAdmin.token(), TENANT, ownCity);

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.json().path("tenant").path("code").asString()).isEqualTo(ownCity);
        assertThat(reply.text()).doesNotContain(otherCity);
    }

    @Test
    void aProvinceAdminReadsOnlyTheCitiesOfItsProvinceAsTheFeedNamesIt() {
        Reply jiangsu = api.get(NEARBY, Tokens.jiangsuAdmin(), TENANT, ownCity);
        Reply jiangsuSaidToBeAnhui = api.get(NEARBY, Tokens.jiangsuAdmin(), TENANT, ownCity, PROVINCE, "34");

        assertThat(jiangsu.status()).as(jiangsu.text()).isEqualTo(200);
        assertThat(jiangsuSaidToBeAnhui.status()).as(jiangsuSaidToBeAnhui.text()).isEqualTo(200);
        assertProblem(api.get(NEARBY, Tokens.jiangsuAdmin(), TENANT, anhuiCity), 403, "tenant-forbidden",
                "无权访问该城市的数据");
    }

    /** Issue 13, item 6: a Jiangsu admin called search directly, naming an Anhui city and Jiangsu's province. */
    @Test
    void aProvinceSentInAHeaderIsNotBelieved() {
        for (String path : new String[] {NEARBY, STATUS}) {
            Reply reply = api.get(path, Tokens.jiangsuAdmin(), TENANT, anhuiCity, PROVINCE, "32");

            assertProblem(reply, 403, "tenant-forbidden", "无权访问该城市的数据");
            assertThat(reply.text()).doesNotContain("aliasPresent");
        }
    }

    @Test
    void theSearchStatusIsForPlatformAdminsAndTheCitysOwnStaff() {
        for (String token : new String[] {cityAdmin.token(), stationStaff.token(), Tokens.platformAdmin()}) {
            Reply reply = api.get(STATUS, token, TENANT, ownCity);

            assertThat(reply.status()).as(reply.text()).isEqualTo(200);
            assertThat(reply.json().path("tenant").path("code").asString()).isEqualTo(ownCity);
        }
        // A worker may search every city, and its province's admin read it, but neither reads its index facts.
        for (String token : new String[] {Tokens.worker(), Tokens.jiangsuAdmin()}) {
            Reply reply = api.get(STATUS, token, TENANT, ownCity, "Accept-Language", "en");

            assertProblem(reply, 403, "forbidden", "Access denied");
            assertThat(reply.text()).doesNotContain("aliasPresent");
        }
    }

    @Test
    void aWorkersNationalAccountSearchesEveryCity() {
        for (String city : new String[] {ownCity, otherCity, anhuiCity}) {
            Reply reply = api.get(NEARBY, Tokens.worker(), TENANT, city);

            assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        }
    }

    @Test
    void aTokenWithoutAnyTenantRightIsRefused() {
        // The service account has no realm role and no tenant: it may call /internal, not act in a city.
        assertProblem(api.get(STATUS, Tokens.service(), TENANT, ownCity), 403, "tenant-forbidden",
                "无权访问该城市的数据");
    }

    @Test
    void stillNeedsATokenWithAValidHeader() {
        Reply reply = api.get(STATUS, null, TENANT, ownCity);

        assertProblem(reply, 401, "authentication-required", "需要登录");
        assertThat(reply.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void theOpenApiDocumentShowsTheHeadersOnTheApiOnly() {
        JsonNode paths = api.get("/v3/api-docs", null).json().path("paths");
        JsonNode status = paths.path(STATUS).path("get");

        assertThat(status.path("parameters").valueStream().map(parameter -> parameter.path("in").asString() + ":"
                + parameter.path("name").asString() + ":" + parameter.path("required").asBoolean()))
                .containsExactly("header:" + TENANT + ":true");
        assertThat(status.path("responses").propertyNames()).contains("200", "400", "403");
        assertThat(paths.path("/internal/v1/tenants/{tenant}/alias").path("put").path("parameters").valueStream()
                .map(p -> p.path("name").asString())).containsExactly("tenant");
    }
}
