package org.lingong.core.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.OneCityTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A city's SMS settings: platform administrators only, checked in each provider's shape, audited in the city. */
class SmsSettingsTests extends OneCityTests {

    @Autowired
    JdbcClient jdbc;

    private String path() {
        return "/api/v1/platform/tenants/" + city + "/sms-settings";
    }

    private static ObjectNode settings(String provider, String signName, String templateId, String sdkAppId) {
        return Api.JSON.createObjectNode().put("provider", provider).put("signName", signName)
                .put("templateId", templateId).put("sdkAppId", sdkAppId);
    }

    private static Map<String, String> english() {
        return Map.of("Accept-Language", "en");
    }

    @Test
    void aCityWithoutSettingsUsesThePlatformDefaultUntilAPlatformAdministratorSetsThem() {
        String platform = Api.userToken("platform-admin", "demo");
        JsonNode before = api().get(path(), platform, Map.of()).expect(200).body();
        assertThat(before.get("platformDefault").asBoolean()).isTrue();
        assertThat(before.get("provider").asString()).isEqualTo("DEV");

        JsonNode saved = api().call("PUT", path(), platform, Map.of(),
                settings("ALIYUN", "宿迁零工", "SMS_154950909", null)).expect(200).body();
        assertThat(saved.get("platformDefault").asBoolean()).isFalse();
        JsonNode after = api().get(path(), platform, Map.of()).expect(200).body();
        assertThat(after.get("provider").asString()).isEqualTo("ALIYUN");
        assertThat(after.get("signName").asString()).isEqualTo("宿迁零工");
        assertThat(after.get("templateId").asString()).isEqualTo("SMS_154950909");

        api().call("PUT", path(), platform, Map.of(), settings("TENCENT", "Suqian零工", "1893011", "1400787878"))
                .expect(200);
        JsonNode tencent = api().get(path(), platform, Map.of()).expect(200).body();
        assertThat(tencent.get("sdkAppId").asString()).isEqualTo("1400787878");
        assertThat(jdbc.sql("select count(*) from t_" + city + ".audit_event where action = 'sms.settings.changed'")
                .query(Integer.class).single()).isEqualTo(2);
        api().call("PUT", path(), platform, Map.of(), settings("DEV", null, null, null)).expect(200);
    }

    @Test
    void settingsOutOfEachProvidersShapeAreRefusedAtTheirFieldAndChangeNothing() {
        String platform = Api.userToken("platform-admin", "demo");
        JsonNode before = api().get(path(), platform, Map.of()).body();

        Api.Response brackets = api().call("PUT", path(), platform, english(),
                settings("ALIYUN", "【宿迁零工】", "SMS_154950909", null));
        brackets.expectProblem(400, "invalid-request");
        assertThat(brackets.body().get("errors").get(0).get("field").asString()).isEqualTo("signName");
        assertThat(brackets.body().get("errors").get(0).get("message").asString()).contains("without 【】");

        api().call("PUT", path(), platform, english(), settings("ALIYUN", "宿迁零工", "1893011", null))
                .expectProblem(400, "invalid-request");
        api().call("PUT", path(), platform, english(), settings("ALIYUN", null, "SMS_154950909", null))
                .expectProblem(400, "invalid-request");
        api().call("PUT", path(), platform, english(), settings("TENCENT", "宿迁零工", "1893011", null))
                .expectProblem(400, "invalid-request");
        api().call("PUT", path(), platform, english(), settings("ALIYUN", "宿迁零工", "SMS_154950909", "1400787878"))
                .expectProblem(400, "invalid-request");
        api().call("PUT", path(), platform, english(), settings("CHINA_MOBILE", "宿迁零工", "1", null))
                .expect(400);
        api().call("PUT", path(), platform, english(), "{\"provider\":").expect(400);

        assertThat(api().get(path(), platform, Map.of()).body()).isEqualTo(before);
        api().get("/api/v1/platform/tenants/nosuchcity/sms-settings", platform, Map.of())
                .expectProblem(404, "unknown-tenant");
    }

    @Test
    void onlyPlatformAdministratorsSeeOrChangeAnySettingsNotEvenTheCitysOwnAdministrator() {
        ObjectNode aliyun = settings("ALIYUN", "宿迁零工", "SMS_154950909", null);
        for (String token : new String[] {admin, Api.userToken("jiangsu-admin", "demo")}) {
            Map<String, String> asTheCity = Map.of("X-Lingong-Tenant", city);
            assertThat(api().get(path(), token, asTheCity).status()).isEqualTo(403);
            assertThat(api().call("PUT", path(), token, asTheCity, aliyun).status()).isEqualTo(403);
        }
        assertThat(api().get(path(), null, Map.of()).status()).isEqualTo(401);
        assertThat(api().get(path(), Api.clientToken("lingong-keycloak"), Map.of()).status()).isEqualTo(403);
    }
}
