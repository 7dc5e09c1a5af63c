package org.lingong.core.regions;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.Api;
import org.lingong.core.TenantCoreTests;
import org.lingong.core.TestTenants;
import org.lingong.core.tenancy.TenantContext;
import org.lingong.devstack.junit.RealServers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** Regions of a city: CSV import all or nothing with a bilingual report, single edits, lists, tree, isolation. */
@RealServers
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lingong.regions.import-max-bytes=8192")
class RegionsTests extends TenantCoreTests {

    static final Path DEMO_CSV = Path.of("../dev-stack/src/main/resources/demo/suqian-regions.csv");

    private static String city;
    private static String admin;
    private static String otherAdmin;

    @BeforeEach
    void cities() throws IOException {
        if (city == null) {
            city = TestTenants.uniqueCode();
            admin = TestTenants.onboard(api(), city, "32", "321300");
            String other = TestTenants.uniqueCode();
            otherAdmin = TestTenants.onboard(api(), other, "34", "340400");
            Api.Response imported = importCsv(city, admin, Files.readString(DEMO_CSV), "zh-CN");
            assertThat(imported.status()).as(imported.raw().body()).isEqualTo(200);
        }
    }

    private Api.Response importCsv(String tenant, String token, String csv, String language) {
        return api().call("POST", "/api/v1/regions/import", token,
                Map.of("X-Lingong-Tenant", tenant, "Content-Type", "text/csv", "Accept-Language", language), csv);
    }

    private static Map<String, String> in(String tenant, String language) {
        return Map.of("X-Lingong-Tenant", tenant, "Accept-Language", language);
    }

    @Autowired
    Regions regions;
    @Autowired
    DataSource dataSource;

    /** Read outside any transaction, as public pages do: each read must give its connection back to the pool. */
    @Test
    void readsOutsideATransactionGiveTheirConnectionsBack() throws SQLException {
        int poolSize = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        TenantContext.run(new TenantCode(city), () -> {
            for (int i = 0; i <= poolSize; i++) {
                assertThat(regions.all()).isNotEmpty();
                assertThat(regions.names()).isNotEmpty();
            }
        });
    }

    @Test
    void theSuqianDemoRegionsImportAndReimportIdempotently() throws IOException {
        long lines = Files.readAllLines(DEMO_CSV).stream().skip(1).filter(l -> !l.isBlank()).count();
        Api.Response again = importCsv(city, admin, Files.readString(DEMO_CSV), "zh-CN");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("created").asInt()).isZero();
        assertThat(again.body().get("updated").asLong()).isEqualTo(lines);
        assertThat(again.body().get("rejected").asInt()).isZero();

        JsonNode counties = api().get("/api/v1/regions?level=COUNTY", admin, in(city, "zh-CN")).body();
        assertThat(counties.valueStream().map(c -> c.get("name").asString()))
                .containsExactly("宿城区", "宿豫区", "沭阳县", "泗阳县", "泗洪县");
        JsonNode villages = api().get("/api/v1/regions?parent=321302101", admin, in(city, "zh-CN")).body();
        assertThat(villages.valueStream().map(v -> v.get("code").asString() + v.get("central").asBoolean()))
                .containsExactly("321302101201true", "321302101202false");

        JsonNode tree = api().get("/api/v1/regions/tree?root=321302", admin, in(city, "zh-CN")).body();
        assertThat(tree.get(0).get("children").valueStream().map(t -> t.get("name").asString()))
                .containsExactly("幸福街道", "项里街道", "耿车镇");
        assertThat(tree.at("/0/children/0/children/0/name").asString()).isEqualTo("马陵社区");
        assertThat(api().get("/api/v1/regions/tree", admin, in(city, "zh-CN")).body().size()).isEqualTo(5);

        assertThat(api().get("/api/v1/audit-events", admin, in(city, "zh-CN")).body().get("items").valueStream()
                .map(e -> e.get("action").asString())).contains("regions.imported");
    }

    @Test
    void aCsvWithBadRowsWritesNothingAndSaysWhyForEveryRow() {
        String csv = """
                code,name,level,parent_code,central
                321399,新区,COUNTY,,
                321399001,新区街道,TOWNSHIP,321399,
                321399001001,新区社区,VILLAGE,321399001,false
                340102,外省区,COUNTY,,
                321399002,错挂街道,TOWNSHIP,321302001,
                321399777,孤儿镇,TOWNSHIP,321388,
                3213990030,长度不对,TOWNSHIP,321399,
                321399004,中心镇,TOWNSHIP,321399,true
                321399005,级别乱写,CITY,321399,
                321399001001,重复社区,VILLAGE,321399001,false
                321399006,少一列,TOWNSHIP,321399
                321399007,,TOWNSHIP,321399,
                321399008,标记不明,TOWNSHIP,321399,maybe
                321302001,幸福街道,VILLAGE,321302,
                321388001001,挂在被拒行下,VILLAGE,321388001,
                321388001,被拒镇,TOWNSHIP,321388,
                """;
        Api.Response response = importCsv(city, admin, csv, "en");
        assertThat(response.status()).isEqualTo(400);
        JsonNode body = response.body();
        assertThat(body.get("type").asString()).endsWith("/regions-import-rejected");
        assertThat(body.get("title").asString()).isEqualTo("13 rows failed the checks; nothing was written");
        assertThat(body.at("/titles/zh").asString()).isEqualTo("有 13 行未通过校验，未写入任何数据");
        JsonNode report = body.get("report");
        assertThat(report.get("total").asInt()).isEqualTo(16);
        assertThat(report.get("accepted").asInt()).isEqualTo(3);
        assertThat(report.get("rejected").asInt()).isEqualTo(13);

        Map<Integer, String> reasons = new HashMap<>();
        for (JsonNode row : report.get("rows")) {
            reasons.put(row.get("line").asInt(), row.get("reasons").valueStream()
                    .map(r -> r.get("zh").asString() + " | " + r.get("en").asString()).toList().toString());
        }
        assertThat(reasons.get(2)).isEqualTo("[]");
        assertThat(reasons.get(5)).contains("县级代码须以 3213 开头", "must start with 3213");
        assertThat(reasons.get(6)).contains("须为 COUNTY 级", "must start with its parent's code 321302001");
        assertThat(reasons.get(7)).contains("上级区划 321388 不存在", "Parent region 321388 does not exist");
        assertThat(reasons.get(8)).contains("该级别的代码须为 9 位数字", "have 9 digits");
        assertThat(reasons.get(9)).contains("只有村（社区）可以标为中心村");
        assertThat(reasons.get(10)).contains("级别须为 COUNTY、TOWNSHIP 或 VILLAGE");
        assertThat(reasons.get(11)).contains("代码 321399001001 在文件中重复");
        assertThat(reasons.get(12)).contains("应有 5 列，实际 4 列", "Expected 5 columns, found 4");
        assertThat(reasons.get(13)).contains("名称不能为空");
        assertThat(reasons.get(14)).contains("中心村标记“maybe”无法识别");
        assertThat(reasons.get(15)).contains("代码 321302001 已存在，但级别或上级不同");
        assertThat(reasons.get(16)).contains("上级区划 321388001 所在行未通过校验");
        assertThat(reasons.get(17)).contains("上级区划 321388 不存在");

        assertThat(api().get("/api/v1/regions?parent=321399", admin, in(city, "zh-CN")).body().size()).isZero();
        assertThat(api().get("/api/v1/regions?level=COUNTY", admin, in(city, "zh-CN")).body().size()).isEqualTo(5);
    }

    @Test
    void oversizedEmptyOrHeaderlessFilesAreClearProblems() {
        String big = "code,name,level,parent_code,central\n" + "321302009,很长的街道,TOWNSHIP,321302,\n".repeat(400);
        Api.Response tooLarge = importCsv(city, admin, big, "zh-CN");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body().get("type").asString()).endsWith("/regions-import-too-large");
        assertThat(tooLarge.body().at("/titles/en").asString()).isEqualTo("The CSV is too large (limit 8 KB)");

        Api.Response headerless = importCsv(city, admin, "321302,宿城区,COUNTY,,\n", "en");
        assertThat(headerless.status()).isEqualTo(400);
        assertThat(headerless.body().get("title").asString())
                .isEqualTo("The first CSV line must name the columns: code,name,level,parent_code,central");

        Api.Response empty = importCsv(city, admin, "code,name,level,parent_code,central\n", "zh-CN");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().get("type").asString()).endsWith("/regions-import-empty");
    }

    @Test
    void singleRegionsAreCreatedRenamedAndChecked() {
        Api.Response created = api().call("POST", "/api/v1/regions", admin, in(city, "zh-CN"),
                Map.of("code", "321311103", "name", "仰化镇", "level", "TOWNSHIP", "parentCode", "321311"));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        Api.Response renamed = api().call("PUT", "/api/v1/regions/321311103", admin, in(city, "zh-CN"),
                Map.of("name", "仰化镇（新）", "central", false));
        assertThat(renamed.body().get("name").asString()).isEqualTo("仰化镇（新）");

        Api.Response duplicate = api().call("POST", "/api/v1/regions", admin, in(city, "zh-CN"),
                Map.of("code", "321311103", "name", "仰化镇", "level", "TOWNSHIP", "parentCode", "321311"));
        assertThat(duplicate.status()).isEqualTo(409);

        Api.Response bad = api().call("POST", "/api/v1/regions", admin, in(city, "en"),
                Map.of("code", "321311104201", "name", "错村", "level", "VILLAGE", "parentCode", "321311",
                        "central", true));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("type").asString()).endsWith("/region-invalid");
        assertThat(bad.body().get("title").asString()).isEqualTo("The region is not valid");
        assertThat(bad.body().get("errors").valueStream().map(e -> e.get("field").asString() + ": "
                + e.get("message").asString()))
                .containsExactly("parentCode: Parent region 321311 must be a TOWNSHIP");

        Api.Response centralTownship = api().call("PUT", "/api/v1/regions/321311103", admin, in(city, "zh-CN"),
                Map.of("name", "仰化镇", "central", true));
        assertThat(centralTownship.status()).isEqualTo(400);
        assertThat(centralTownship.body().at("/errors/0/message").asString()).isEqualTo("只有村（社区）可以标为中心村");
        assertThat(api().call("PUT", "/api/v1/regions/999999", admin, in(city, "zh-CN"),
                Map.of("name", "无", "central", false)).status()).isEqualTo(404);
    }

    @Test
    void anotherCitysAdminNeitherReadsNorWritesTheseRegions() throws IOException {
        assertThat(api().get("/api/v1/regions", otherAdmin, in(city, "zh-CN")).status()).isEqualTo(403);
        Api.Response write = importCsv(city, otherAdmin, Files.readString(DEMO_CSV), "zh-CN");
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.body().get("type").asString()).endsWith("/tenant-forbidden");
        assertThat(api().get("/api/v1/regions", null, in(city, "zh-CN")).status()).isEqualTo(401);
        assertThat(api().get("/api/v1/regions", Api.userToken("worker-zhang", "demo"), in(city, "zh-CN")).status())
                .isEqualTo(403);
        List<String> everything = api().get("/api/v1/regions", admin, in(city, "zh-CN")).body().valueStream()
                .map(r -> r.get("code").asString()).toList();
        assertThat(everything).contains("321302", "321324105210");
    }
}
