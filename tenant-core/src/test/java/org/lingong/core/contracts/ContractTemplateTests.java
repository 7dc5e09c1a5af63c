package org.lingong.core.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.TenantCoreTests;
import org.lingong.core.TestTenants;
import org.lingong.core.people.KeycloakTestUsers;
import tools.jackson.databind.JsonNode;

/** The city's contract template: the standard text as version 1, new versions on save, placeholders checked. */
class ContractTemplateTests extends TenantCoreTests {

    private static final KeycloakTestUsers USERS = new KeycloakTestUsers();

    @AfterAll
    static void deleteUsers() {
        USERS.close();
    }

    @Test
    void theStandardAgreementIsVersionOneAndASavedTextBecomesTheNextVersion() {
        String city = TestTenants.uniqueCode();
        String admin = TestTenants.onboard(api(), city, "32", "321300");
        Map<String, String> in = Map.of("X-Lingong-Tenant", city);

        JsonNode standard = api().get("/api/v1/contract-template", admin, in).body();
        assertThat(standard.get("version").asInt()).isEqualTo(1);
        assertThat(standard.get("title").asString()).isEqualTo("零工服务协议通用条款");
        assertThat(standard.get("body").asString()).contains("{{workerIdNumber}}", "{{wage}}", "{{insurance}}",
                "## 第八条 争议解决", "劳动人事争议仲裁委员会");

        Map<String, String> edited = Map.of("title", "零工服务协议（宿迁版）",
                "body", standard.get("body").asString() + "\n\n## 第十条 补充条款\n本协议一式两份。");
        Api.Response saved = api().call("PUT", "/api/v1/contract-template", admin, in, edited);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body().get("version").asInt()).isEqualTo(2);
        JsonNode current = api().get("/api/v1/contract-template", admin, in).body();
        assertThat(current.get("version").asInt()).isEqualTo(2);
        assertThat(current.get("body").asString()).endsWith("本协议一式两份。");
    }

    @Test
    void anUnknownPlaceholderIsRefusedAndNothingIsSaved() {
        String city = TestTenants.uniqueCode();
        String admin = TestTenants.onboard(api(), city, "32", "321300");
        Map<String, String> in = Map.of("X-Lingong-Tenant", city, "Accept-Language", "zh-CN");

        Api.Response refused = api().call("PUT", "/api/v1/contract-template", admin, in,
                Map.of("title", "协议", "body", "乙方：{{workerName}}，电话：{{workerPhone}}"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("type").asString()).endsWith("/contract-template-placeholder");
        assertThat(refused.body().get("detail").asString()).contains("workerPhone").doesNotContain("无法识别：workerName");
        assertThat(api().get("/api/v1/contract-template", admin, in).body().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void onlyTheCityAdministratorManagesTheTemplate() {
        String city = TestTenants.uniqueCode();
        TestTenants.onboard(api(), city, "32", "321300");
        String worker = Api.userToken(USERS.create(city + "-w", "worker", city), KeycloakTestUsers.PASSWORD);
        Map<String, String> in = Map.of("X-Lingong-Tenant", city);

        assertThat(api().get("/api/v1/contract-template", worker, in).status()).isEqualTo(403);
        assertThat(api().call("PUT", "/api/v1/contract-template", worker, in,
                Map.of("title", "协议", "body", "正文")).status()).isEqualTo(403);
    }
}
