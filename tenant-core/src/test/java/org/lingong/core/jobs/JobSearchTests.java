package org.lingong.core.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.TenantCoreTests;
import org.lingong.core.TestTenants;
import tools.jackson.databind.node.ObjectNode;

/** Staff find jobs by text: title, source, address contain it, whatever the letter case, wildcards taken literally. */
class JobSearchTests extends TenantCoreTests {

    private static String city;
    private static String admin;

    @BeforeEach
    void aCityWithJobs() {
        if (city == null) {
            city = TestTenants.uniqueCode();
            admin = TestTenants.onboard(api(), city, "32", "321300");
            post("葡萄园采摘工", "宿迁人力资源服务公司", "宿迁市宿城区洋河南路");
            post("APP 推广员 50%提成", "速达 Express 快递", "宿豫区顺河街道");
            post("仓库搬运工", "宿迁市人社局", "沭阳县_物流园");
        }
    }

    private void post(String title, String source, String address) {
        ObjectNode job = JobsTests.posting().put("title", title).put("address", address);
        job.putObject("source").put("channel", "THIRD_PARTY").put("name", source);
        api().call("POST", "/api/v1/jobs", admin, Map.of("X-Lingong-Tenant", city), job).expect(201);
    }

    private Api.Response search(String query) {
        return api().get("/api/v1/jobs?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), admin,
                Map.of("X-Lingong-Tenant", city, "Accept-Language", "zh-CN"));
    }

    private List<String> titles(String query) {
        Api.Response found = search(query).expect(200);
        assertThat(found.body().get("total").asInt()).isEqualTo(found.body().get("items").size());
        return found.body().get("items").valueStream().map(job -> job.get("title").asString()).toList();
    }

    @Test
    void titleSourceAndAddressMatchAnyLetterCase() {
        assertThat(titles("采摘")).containsExactly("葡萄园采摘工");
        assertThat(titles("人社局")).as("the source").containsExactly("仓库搬运工");
        assertThat(titles("顺河街道")).as("the address").containsExactly("APP 推广员 50%提成");
        assertThat(titles("express")).as("any letter case").containsExactly("APP 推广员 50%提成");
        assertThat(titles("app")).containsExactly("APP 推广员 50%提成");
        assertThat(titles("宿迁")).as("newest first").containsExactly("仓库搬运工", "葡萄园采摘工");
        assertThat(titles("  宿迁 ")).as("surrounding spaces do not count").hasSize(2);
        assertThat(titles("")).as("no text: every job").hasSize(3);
        assertThat(titles("保洁")).isEmpty();
    }

    @Test
    void wildcardsAreLiteralAndTheStatusFilterStillApplies() {
        assertThat(titles("%")).containsExactly("APP 推广员 50%提成");
        assertThat(titles("_")).containsExactly("仓库搬运工");
        assertThat(titles("\\")).isEmpty();
        assertThat(titles("50%提")).containsExactly("APP 推广员 50%提成");
        Api.Response drafts = api().get("/api/v1/jobs?status=DRAFT&q=" + URLEncoder.encode("采摘", StandardCharsets.UTF_8),
                admin, Map.of("X-Lingong-Tenant", city));
        assertThat(drafts.expect(200).body().get("total").asInt()).isZero();
        assertThat(api().get("/api/v1/jobs?status=OPEN&q=" + URLEncoder.encode("采摘", StandardCharsets.UTF_8),
                admin, Map.of("X-Lingong-Tenant", city)).body().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void aTextLongerThanFiftyCharactersIsAProblemAndTheListStaysForStaff() {
        Api.Response tooLong = search("采".repeat(51));
        tooLong.expectProblem(400, "jobs-query-too-long");
        assertThat(tooLong.body().get("detail").asString()).isEqualTo("搜索内容最多 50 个字。");
        assertThat(search("采".repeat(50)).status()).isEqualTo(200);
        assertThat(api().get("/api/v1/jobs?q=x", null, Map.of("X-Lingong-Tenant", city)).status()).isEqualTo(401);
        assertThat(api().get("/api/v1/jobs?q=x", Api.userToken("worker-zhang", "demo"), Map.of("X-Lingong-Tenant", city))
                .status()).isEqualTo(403);
    }
}
