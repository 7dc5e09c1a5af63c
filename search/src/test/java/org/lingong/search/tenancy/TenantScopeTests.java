package org.lingong.search.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.search.ProblemAssertions.assertProblem;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lingong.search.Api;
import org.lingong.search.Api.Reply;
import org.lingong.search.SearchServiceTests;
import org.lingong.search.ThrowawayUser;
import org.lingong.search.Tokens;
import tools.jackson.databind.JsonNode;

/**
 * The search service's own check of the gateway's tenant headers (defence in depth): a request that reaches it
 * directly, with any header, gets only what the caller's token allows in that tenant, and the tenant comes from the
 * header alone.
 */
class TenantScopeTests extends SearchServiceTests {

    private static final String STATUS = "/api/v1/search/status";
    private static final String TENANT = "X-Lingong-Tenant";
    private static final String PROVINCE = "X-Lingong-Tenant-Province";

    private static String ownCity;
    private static String otherCity;
    private static ThrowawayUser cityAdmin;

    @BeforeAll
    static void aCityAdminOfOneCity() {
        // Fresh codes per run: the dev-stack servers are shared and outlive test runs.
        String run = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        ownCity = "own" + run;
        otherCity = "other" + run;
        cityAdmin = ThrowawayUser.cityAdmin(ownCity);
    }

    @AfterAll
    static void deleteTheCityAdmin() {
        if (cityAdmin != null) {
            cityAdmin.close();
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
    void aProvinceAdminReadsOnlyTheCitiesOfItsProvince() {
        Reply jiangsu = api.get(STATUS, Tokens.jiangsuAdmin(), TENANT, ownCity, PROVINCE, "32");
        Reply anhui = api.get(STATUS, Tokens.jiangsuAdmin(), TENANT, ownCity, PROVINCE, "34");
        Reply unknownProvince = api.get(STATUS, Tokens.jiangsuAdmin(), TENANT, ownCity);

        assertThat(jiangsu.status()).as(jiangsu.text()).isEqualTo(200);
        assertThat(jiangsu.json().path("tenant").path("code").asString()).isEqualTo(ownCity);
        assertProblem(anhui, 403, "tenant-forbidden", "无权访问该城市的数据");
        assertProblem(unknownProvince, 403, "tenant-forbidden", "无权访问该城市的数据");
    }

    @Test
    void aWorkersNationalAccountReadsEveryCity() {
        for (String city : new String[] {ownCity, otherCity}) {
            Reply reply = api.get(STATUS, Tokens.worker(), TENANT, city);

            assertThat(reply.status()).as(reply.text()).isEqualTo(200);
            assertThat(reply.json().path("tenant").path("code").asString()).isEqualTo(city);
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
                .containsExactlyInAnyOrder("header:" + TENANT + ":true", "header:" + PROVINCE + ":false");
        assertThat(status.path("responses").propertyNames()).contains("200", "400", "403");
        assertThat(paths.path("/internal/v1/tenants/{tenant}/alias").path("put").path("parameters").valueStream()
                .map(p -> p.path("name").asString())).containsExactly("tenant");
    }
}
